using System.Text;
using AngleSharp.Dom;
using Mend.Site.Markdown;

namespace Mend.Site.Html;

/// <summary>The readable text of HTML: block elements and line breaks become spaces, runs of white space one space.</summary>
public static class PlainText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "li", "ul", "ol", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
        "br", "pre", "dt", "dd", "section", "details", "summary", "figure", "figcaption", "hr",
    };

    public static string Of(INode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return Collapse(text.ToString());
    }

    public static string OfHtml(string html) => Of(HtmlFragments.Parse(html));

    /// <summary>The text of Markdown; Markdown nested too deeply to read (an error where it is rendered) gives its source text.</summary>
    public static string OfMarkdown(string markdown) =>
        MendMarkdown.TryParse(markdown, out var document, out _) ? OfHtml(MendMarkdown.ToHtml(document)) : Collapse(markdown);

    private static void Append(INode node, StringBuilder text)
    {
        if (node is IText leaf)
        {
            text.Append(leaf.Data);
            return;
        }
        var isBlock = node is IElement element && Blocks.Contains(element.LocalName);
        if (isBlock)
        {
            text.Append(' ');
        }
        foreach (var child in node.ChildNodes)
        {
            Append(child, text);
        }
        if (isBlock)
        {
            text.Append(' ');
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
