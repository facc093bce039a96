using System.Globalization;
using Mend.Pipeline;
using Mend.Site.Content.Assessments;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>
/// The template model of an assessment page: the intro rendered, each band's links resolved (an unknown one is an
/// error where it was written), and the numbers the page's script and the paper scoring key need.
/// </summary>
public sealed class BuildAssessmentModels(PageUrls urls, string registryPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var registry = context.OutputsOf(registryPipeline).Single().Get(Keys.Registry);
        var resolver = new MarkedLinkResolver(urls, registry);
        var outputs = inputs.Select(document =>
        {
            var assessment = (Assessment)document.Get(Keys.Parsed);
            var intro = resolver.RenderField(assessment.Intro, document.Destination!, context.Report);
            var numbers = assessment.Questions.Select((q, i) => (q.Id, Number: i + 1)).ToDictionary(p => p.Id, p => p.Number);
            return document.WithMetadata(Keys.Model, new
            {
                Assessment = assessment,
                Intro = new TrustedHtml(intro),
                Min = Number(assessment.Min),
                Max = Number(assessment.Max),
                Scale = assessment.Scale.Select(o => new { Value = Number(o.Value), o.Label }).ToList(),
                Questions = assessment.Questions.Select((q, i) => new { q.Id, q.Text, q.Dimension, q.Reverse, Number = i + 1 }).ToList(),
                Dimensions = assessment.Dimensions.Select(d => new
                {
                    d.Id,
                    d.Title,
                    d.Description,
                    Questions = assessment.Questions.Where(q => q.Dimension == d.Id)
                        .Select(q => new { Number = numbers[q.Id], q.Reverse }).ToList(),
                    Bands = d.Bands.Select((b, i) => new
                    {
                        Max = Number(b.Max),
                        From = i == 0 ? Number(assessment.Min) : Number(d.Bands[i - 1].Max),
                        b.Label,
                        b.Text,
                        Links = registry.Links(b.Links, context.Report),
                    }).ToList(),
                }).ToList(),
            });
        }).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    // Numbers go into data attributes and the printed key; 2.5 must read "2.5" in every culture.
    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
