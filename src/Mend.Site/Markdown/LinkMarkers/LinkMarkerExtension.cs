using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mend.Site.Markdown.LinkMarkers;

/// <summary>
/// Marks every link that the site resolves later (<c>xref:</c> links and relative links to <c>.md</c> files)
/// with its line and column in the source, so that an unknown target is reported where it was written.
/// </summary>
public sealed class LinkMarkerExtension : IMarkdownExtension
{
    public const string Attribute = "data-mend-at";

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += MarkLinks;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static bool IsXref(string url) => url.StartsWith("xref:", StringComparison.Ordinal);

    public static bool IsMarkdownFileLink(string url)
    {
        if (url.Length == 0 || url[0] is '/' or '#' || url.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }
        var path = url.Split('#', 2)[0];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

    private static void MarkLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!link.IsImage && link.Url is { } url && (IsXref(url) || IsMarkdownFileLink(url)))
            {
                link.GetAttributes().AddPropertyIfNotExist(Attribute, $"{link.Line + 1}:{link.Column + 1}");
            }
        }
    }
}
