using System.Globalization;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Markdown;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.Assessments;

/// <summary>
/// Builds the <see cref="AssessmentModel"/> of each assessment page: the intro rendered and each band's links resolved
/// (an unknown one is an error where it was written).
/// </summary>
public sealed class BuildAssessmentModels(PageUrls urls, MarkdownWords? words = null) : DocumentModule
{
    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var registry = XrefsPipeline.Registry(context);
        var resolver = new MarkedLinkResolver(urls, registry, words);
        var assessment = document.Get<Assessment>();
        var file = document.TryGet<YamlText>(out var text) ? text : null;
        var intro = resolver.RenderField(assessment.Intro, file, document.Get<Page>().Destination, context.Report);
        var numbers = assessment.Questions.Select((q, i) => (q.Id, Number: i + 1)).ToDictionary(p => p.Id, p => p.Number);
        var model = new AssessmentModel(
            assessment,
            new TrustedHtml(intro.Html),
            Number(assessment.Min),
            Number(assessment.Max),
            [.. assessment.Scale.Select(o => new ScaleOptionModel(Number(o.Value), o.Label))],
            [.. assessment.Questions.Select((q, i) => new QuestionModel(q.Id, q.Text, q.Dimension, q.Reverse, i + 1))],
            [.. assessment.Dimensions.Select(d => new DimensionModel(
                d.Id,
                d.Title,
                d.Description,
                [.. assessment.Questions.Where(q => q.Dimension == d.Id).Select(q => new KeyQuestionModel(numbers[q.Id], q.Reverse))],
                [.. d.Bands.Select((b, i) => new BandModel(
                    Number(b.Max),
                    i == 0 ? Number(assessment.Min) : Number(d.Bands[i - 1].Max),
                    b.Label,
                    b.Text,
                    registry.Links(b.Links, context.Report)))]))],
            assessment.ExpectedMinutes,
            [.. assessment.Questions.Where(q => q.Dimension == "").Select(q => new QuestionModel(q.Id, q.Text, q.Dimension, q.Reverse, numbers[q.Id]))],
            [.. assessment.Patterns.Select(p => new PatternModel(
                p.Id,
                p.Title,
                p.Text,
                registry.Links(p.Links, context.Report),
                string.Join(' ', p.InsteadOf),
                [.. p.When.Select(c => Condition(c, assessment, numbers))]))]);
        yield return document.WithPage(page => page with { Model = model }).With(intro.Links);
    }

    private static ConditionModel Condition(PatternCondition condition, Assessment assessment, Dictionary<string, int> numbers)
    {
        var value = condition.AtLeast ?? condition.AtMost!.Value;
        return new ConditionModel(
            string.Join(' ', condition.Questions),
            [.. condition.Questions.Select(q => numbers[q])],
            condition.AtLeast is null ? "at_most" : "at_least",
            Number(value),
            assessment.Scale.First(o => o.Value == value).Label);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
