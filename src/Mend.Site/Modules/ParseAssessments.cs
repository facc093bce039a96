using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Content.Assessments;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>Reads each assessment file into a page at <c>/ID/</c>, an xref target whose anchors are its dimensions.</summary>
public sealed class ParseAssessments : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var outputs = new List<Document>();
        foreach (var document in inputs)
        {
            var diagnostics = new List<Diagnostic>();
            var assessment = AssessmentReader.Read(document.Source, document.Content, diagnostics);
            diagnostics.ForEach(context.Report);
            if (assessment is null)
            {
                continue;
            }

            var url = $"/{assessment.Id}/";
            var anchors = assessment.Dimensions.ToImmutableDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
            outputs.Add(new Document { Source = document.Source, Destination = PageUrls.DestinationOf(url) }
                .WithMetadata(Keys.Title, assessment.Title)
                .WithMetadata(Keys.Description, FirstParagraph(assessment.Intro.Value))
                .WithMetadata(Keys.Layout, "assessment")
                .WithMetadata(Keys.Parsed, assessment)
                .WithMetadata(Keys.Section, "Self-assessment")
                .WithMetadata(Keys.QuickExit, true)
                .WithMetadata(Keys.Target, new XrefTarget(assessment.Id, assessment.Title, url, anchors, assessment.IdLocation)));
        }
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    // The intro's first paragraph, as text: the page's description in listings and <meta>.
    private static string FirstParagraph(string markdown)
    {
        var first = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0];
        var text = Markdig.Markdown.ToPlainText(first, Markdown.MendMarkdown.Pipeline);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
