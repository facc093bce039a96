using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;

namespace Mend.Site.Assessments;

/// <summary>Reads each assessment file into a page at <c>/ID/</c>, whose anchors are its dimensions.</summary>
public sealed class ParseAssessments : DocumentModule
{
    protected override bool ReusesResults => true;

    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var assessment = AssessmentReader.Read(document.Source, document.Content, diagnostics);
        diagnostics.ForEach(context.Report);
        if (assessment is null)
        {
            yield break;
        }

        var page = new Page(PageKind.Assessment, assessment.Title, FirstParagraph(assessment.Intro.Value), $"/{assessment.Id}/", "assessment")
        {
            Id = assessment.Id,
            Location = assessment.IdLocation,
            Headings = [.. assessment.Dimensions.Select(d => new Heading(d.Id, d.Title, 2))],
            Section = PageKind.Assessment,
            QuickExit = true,
        };
        yield return PageDocument.Create(page, document.Source).With(assessment).With(new YamlText(document.Content));
    }

    // The intro's first paragraph, as text: the page's description in listings and <meta>.
    private static string FirstParagraph(string markdown) =>
        PlainText.OfMarkdown(markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0]);
}
