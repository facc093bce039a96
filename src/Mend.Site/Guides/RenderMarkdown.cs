using Markdig.Renderers.Html;
using Markdig.Syntax;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Markdown;

namespace Mend.Site.Guides;

/// <summary>
/// Renders each page's Markdown content to an HTML fragment and records its headings and the links it writes on the
/// page, with the Markdown words (step labels, callout titles) of the site's language. Markdown that <see cref="MarkdownReader"/> cannot publish (nested too deeply) gives no page.
/// </summary>
public sealed class RenderMarkdown(MarkdownWords? words = null) : DocumentModule
{
    protected override bool ReusesResults => true;

    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        if (MarkdownReader.Read(document.Content, (line, column) => new SourceLocation(document.Source, line, column), context.Report)
            is not var (markdown, links))
        {
            yield break;
        }
        ReportRepeatedAnchors(document, markdown, context);
        if (words is not null)
        {
            markdown.SetData(MarkdownWords.DataKey, words);
        }
        yield return document
            .WithContent(MendMarkdown.ToHtml(markdown))
            .WithPage(page => page with { Headings = MendMarkdown.Headings(markdown) })
            .With(links);
    }

    // Automatic ids are made unique by Markdig; two explicit {#id} that collide are the author's to fix.
    private static void ReportRepeatedAnchors(Document document, MarkdownDocument markdown, IExecutionContext context)
    {
        var repeated = markdown.Descendants<HeadingBlock>()
            .Where(h => h.GetAttributes().Id is not null)
            .GroupBy(h => h.GetAttributes().Id!, StringComparer.Ordinal)
            .SelectMany(group => group.Skip(1));
        foreach (var heading in repeated)
        {
            context.Report(Diagnostic.Error(ErrorCodes.DuplicateId,
                $"another heading on this page already has the anchor '#{heading.GetAttributes().Id}'",
                document.Source, heading.Line + 1, heading.Column + 1));
        }
    }
}
