using Markdig.Renderers.Html;
using Markdig.Syntax;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Markdown;

namespace Mend.Site.Guides;

/// <summary>
/// Renders each page's Markdown content to an HTML fragment and records its headings on the page. Markdown nested
/// deeper than the site reads is an error where it goes too deep, and gives no page.
/// </summary>
public sealed class RenderMarkdown : DocumentModule
{
    protected override bool ReusesResults => true;

    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        if (!MendMarkdown.TryParse(document.Content, out var markdown, out var tooDeep))
        {
            context.Report(MarkdownNesting.Error(new SourceLocation(document.Source, tooDeep.Line, tooDeep.Column)));
            yield break;
        }
        ReportRepeatedAnchors(document, markdown, context);
        yield return document
            .WithContent(MendMarkdown.ToHtml(markdown))
            .WithPage(page => page with { Headings = MendMarkdown.Headings(markdown) });
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
