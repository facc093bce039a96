using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mend.Site.Core;
using Mend.Site.Markdown.RawHtml;

namespace Mend.Site.Markdown;

/// <summary>Every address a Markdown text links to or loads: its links, images and autolinks, and its raw HTML's addresses.</summary>
public static class MarkdownLinks
{
    /// <param name="document">The parsed Markdown.</param>
    /// <param name="tags">Its raw HTML (<see cref="RawHtmlTags"/>).</param>
    /// <param name="locate">Where a line and column of the Markdown are in its source file.</param>
    public static WrittenLinks Of(MarkdownDocument document, IEnumerable<RawHtmlTag> tags, Func<int, int, SourceLocation> locate)
    {
        var markdown = document.Descendants<Inline>()
            .Select(inline => (Inline: inline, Url: inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.Url,
                _ => null,
            }))
            .Where(found => found.Url is not null)
            .Select(found => new WrittenLink(found.Url!, locate(found.Inline.Line + 1, found.Inline.Column + 1)));
        var html = tags
            .Where(tag => !tag.IsEnd)
            .SelectMany(tag => tag.Attributes)
            .Where(attribute => UrlAttributes.Names.Contains(attribute.Name))
            .Select(attribute => new WrittenLink(attribute.Value, locate(attribute.Line, attribute.Column)));
        return new WrittenLinks([.. markdown, .. html]);
    }
}
