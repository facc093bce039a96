using Mend.Site.Core;
using Mend.Site.Guides;

namespace Mend.Site.Tests.Catalogs;

public sealed class CatalogSiteTests
{
    private const string Guide = "---\ntitle: Steps\nsummary: The steps.\nid: steps\n---\n## Say sorry {#apologize}\n\nText.\n";

    private static string Catalog(string entryExtra = "", string severity = "minor", string relationships = "[friendship]",
        string steps = "[steps#apologize]") => $"""
        kind: ruptures
        id: ruptures
        title: Ruptures
        summary: Examples.
        severities:
          - id: minor
            title: Minor ruptures
            summary: Small slips.
        entries:
          - id: forgot-to-reply
            title: Not replying
            severity: {severity}
            relationships: {relationships}
            scenario: You did not *reply*.
            impact: They stop sharing.
            repair:
              say: "I'm sorry I never answered."
              do: ["Reply next time."]
            steps: {steps}
            tags: [messages]
        {entryExtra}
          - id: late-for-dinner
            title: Late for dinner
            severity: minor
            relationships: [romantic]
            scenario: You were late.
            impact: They waited.
            repair:
              say: "I kept you waiting, and I'm sorry."
            steps: [steps#apologize]
            tags: [messages]
        """;

    [Fact]
    public async Task ARuptureEntryGetsAPageWithItsRepairStepsAndRelatedEntries()
    {
        using var site = TestSite.With(("guides/steps.md", Guide), ("catalogs/ruptures.yml", Catalog()));

        await site.BuildCleanAsync();

        var page = site.ReadOutput("ruptures/forgot-to-reply/index.html");
        Assert.Contains("<p>You did not <em>reply</em>.</p>", page, StringComparison.Ordinal);
        Assert.Contains("“I’m sorry I never answered.”", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../guides/steps/#apologize\">Say sorry</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../late-for-dinner/\">Late for dinner</a>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"forgot-to-reply/\"", site.ReadOutput("ruptures/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeverityOutsideTheCatalogsSeveritiesIsAnErrorAtTheValue()
    {
        var text = Catalog(severity: "huge");
        using var site = TestSite.With(("guides/steps.md", Guide), ("catalogs/ruptures.yml", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "huge");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidValue, site.PathOf("catalogs/ruptures.yml"), line, column);
    }

    [Fact]
    public async Task AnUnknownRelationshipIsAnErrorAtTheValue()
    {
        var text = Catalog(relationships: "[friendship, neighbours]");
        using var site = TestSite.With(("guides/steps.md", Guide), ("catalogs/ruptures.yml", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "neighbours");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidValue, site.PathOf("catalogs/ruptures.yml"), line, column);
    }

    [Fact]
    public async Task AnUnknownStepAnchorIsAnErrorAtTheStep()
    {
        var text = Catalog(steps: "[steps#listen]");
        using var site = TestSite.With(("guides/steps.md", Guide), ("catalogs/ruptures.yml", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "steps#listen");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownAnchor, site.PathOf("catalogs/ruptures.yml"), line, column);
    }

    [Fact]
    public async Task AnUnknownEntryKeyIsAnErrorAtTheKey()
    {
        var text = Catalog(entryExtra: "    mood: sad");
        using var site = TestSite.With(("guides/steps.md", Guide), ("catalogs/ruptures.yml", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "mood");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownKey, site.PathOf("catalogs/ruptures.yml"), line, column);
    }

    [Fact]
    public async Task AnEntryIdUsedByAGuideIsADuplicateId()
    {
        var text = Catalog();
        using var site = TestSite.With(("guides/steps.md", Guide), ("guides/late-for-dinner.md", GuideText.Of("Late")),
            ("catalogs/ruptures.yml", text));

        var report = await site.BuildAsync();

        Assert.Contains(report.Diagnostics, d => d.Code == ErrorCodes.DuplicateId);
    }

    [Fact]
    public async Task AnEmptyCatalogFileIsAnError()
    {
        using var site = TestSite.With(("guides/steps.md", Guide), ("catalogs/ruptures.yml", "\n"));

        var report = await site.BuildAsync();

        Diagnostics.Only(report.Diagnostics, ErrorCodes.EmptyFile, site.PathOf("catalogs/ruptures.yml"), 1, 1);
    }
}
