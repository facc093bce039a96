using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Markdown.RawHtml;

/// <summary>
/// How deep the raw HTML of a Markdown text nests, against <see cref="Limits.MarkdownNesting"/>: a browser reads any
/// depth, but thousands of elements inside one another take the HTML parser minutes. Elements that have no end tag,
/// or whose end tag may be left out (<c>&lt;p&gt;</c>, <c>&lt;li&gt;</c>, table cells), are not counted.
/// </summary>
public static class RawHtmlNesting
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "rt", "rp", "optgroup", "option", "colgroup", "caption", "thead", "tbody", "tfoot", "tr",
        "td", "th", "html", "head", "body",
    };

    public static Diagnostic Error(SourceLocation at) => at.Error(ErrorCodes.LimitExceeded,
        $"raw HTML elements are nested more than {Limits.MarkdownNesting} deep here; nest them less deeply");

    /// <summary>Where the first element nested deeper than the limit starts, or null.</summary>
    public static (int Line, int Column)? FirstTooDeep(IEnumerable<RawHtmlTag> tags)
    {
        var open = new List<string>();
        foreach (var tag in tags)
        {
            if (tag.IsEnd)
            {
                // An end tag closes its element and any left open inside it; one that closes nothing is ignored.
                var at = open.LastIndexOf(tag.Name);
                if (at >= 0)
                {
                    open.RemoveRange(at, open.Count - at);
                }
            }
            else if (!tag.IsSelfClosing && !NotCounted.Contains(tag.Name))
            {
                open.Add(tag.Name);
                if (open.Count > Limits.MarkdownNesting)
                {
                    return (tag.Line, tag.Column);
                }
            }
        }
        return null;
    }
}
