using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mend.Site.Markdown.LinkMarkers;

/// <summary>
/// Marks every link that the site resolves later (<c>xref:</c> links, relative links to <c>.md</c> files and to other
/// files such as <c>worksheet.pdf</c>, and every image with a relative address) with its line and column in the
/// source, so that an unknown target is reported where it was written.
/// </summary>
public sealed class LinkMarkerExtension : IMarkdownExtension
{
    public const string Attribute = "data-mend-at";

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += MarkLinks;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static bool IsXref(string url) => url.StartsWith("xref:", StringComparison.Ordinal);

    public static bool IsMarkdownFileLink(string url) =>
        IsRelative(url) && url.Split('#', 2)[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A relative link to a file that is not a page (<c>worksheet.pdf</c>, <c>../static/map.png</c>); a relative link
    /// to a folder or an <c>.html</c> file is a link into the finished site, which the link check follows.
    /// </summary>
    public static bool IsAuthorFileLink(string url)
    {
        var extension = Path.GetExtension(url.Split('#', 2)[0]);
        return IsRelative(url) && extension.Length > 1
            && !extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            && !extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            && !extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsRelative(string url) =>
        url.Length > 0 && url[0] is not ('/' or '#' or '?') && !url.Contains(':', StringComparison.Ordinal);

    private static void MarkLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url
                && (link.IsImage ? IsRelative(url) : IsXref(url) || IsMarkdownFileLink(url) || IsAuthorFileLink(url)))
            {
                link.GetAttributes().AddPropertyIfNotExist(Attribute, $"{link.Line + 1}:{link.Column + 1}");
            }
        }
    }
}
