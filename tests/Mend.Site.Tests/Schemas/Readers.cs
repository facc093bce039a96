using Mend.Pipeline;
using Mend.Site.ApologyChecks;
using Mend.Site.Assessments;
using Mend.Site.Catalogs;
using Mend.Site.Config;
using Mend.Site.Guides;
using Mend.Site.Search;

namespace Mend.Site.Tests.Schemas;

/// <summary>Runs the reader of one schema's files over a text, as the build would, and gives what it reports.</summary>
public static class Readers
{
    public static async Task<IReadOnlyList<Diagnostic>> ReadAsync(string schema, string text)
    {
        var diagnostics = new List<Diagnostic>();
        switch (schema)
        {
            case "site":
                using (var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = text }))
                {
                    SiteConfigReader.Read(site.Input, null, diagnostics);
                }
                break;
            case "guide":
                var context = new FakeContext();
                await new ParseGuides().ExecuteAsync([new Document { Source = "guides/sample.md", Content = $"---\n{text}\n---\nBody.\n" }], context);
                diagnostics.AddRange(context.Diagnostics);
                break;
            case SchemaFiles.RupturesKind or SchemaFiles.ChallengesKind:
                CatalogReader.Read("catalogs/sample.yml", text, diagnostics);
                break;
            case "assessment":
                AssessmentReader.Read("assessments/sample.yml", text, diagnostics);
                break;
            case "search":
                SearchSettingsReader.Read(SearchSettingsReader.FileName, text, diagnostics);
                break;
            case "apology-checks":
                ApologyChecksReader.Read(ApologyChecksReader.FileName, text, diagnostics);
                break;
            default:
                throw new ArgumentException($"no reader for schema '{schema}'", nameof(schema));
        }
        return diagnostics;
    }
}
