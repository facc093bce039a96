using Markdig.Renderers.Html;
using Markdig.Syntax;
using Mend.Pipeline;
using Mend.Site.Markdown;

namespace Mend.Site.Modules;

/// <summary>Renders each document's Markdown content to an HTML fragment and records its headings.</summary>
public sealed class RenderMarkdown : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var outputs = inputs.Select(document =>
        {
            var markdown = MendMarkdown.Parse(document.Content);
            ReportRepeatedAnchors(document, markdown, context);
            return document
                .WithContent(TaskListLabels.Apply(MendMarkdown.ToHtml(markdown)))
                .WithMetadata(Keys.Headings, MendMarkdown.Headings(markdown));
        }).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
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
