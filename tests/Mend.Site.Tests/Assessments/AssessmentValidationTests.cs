using Mend.Site.Assessments;
using Mend.Site.Core;
using Mend.Site.Guides;

namespace Mend.Site.Tests.Assessments;

/// <summary>Each validation of an assessment file, reported at the offending value's line and column.</summary>
public sealed class AssessmentValidationTests
{
    private const string Guide = "---\ntitle: Steps\nsummary: The steps.\nid: steps\n---\n## Own it {#own}\n\nText.\n";

    private static string Assessment(
        string bands = "[{ max: 2.5, label: Low, text: Try this., links: [steps#own] }, { max: 5, label: High, text: Keep going. }]",
        string questions = "  - { id: own-1, text: I say what I did., dimension: ownership }\n  - { id: own-2, text: I explain first., dimension: ownership, reverse: true }\n",
        string scale = "  - { value: 1, label: Rarely }\n  - { value: 3, label: Sometimes }\n  - { value: 5, label: Often }\n") =>
        $"id: self-check\ntitle: Check\nintro: For *reflection*.\nscale:\n{scale}dimensions:\n  - id: ownership\n    title: Owning it\n    bands: {bands}\nquestions:\n{questions}";

    private static TestSite Site(string assessment) => TestSite.With(("guides/steps.md", Guide), ("assessments/check.yml", assessment));

    [Fact]
    public async Task AValidAssessmentGetsAPageWithARadioGroupPerStatementAndAScoringKey()
    {
        using var site = Site(Assessment());

        await site.BuildCleanAsync();

        var page = Sites.PageHtml.Parse(site.ReadOutput("self-check/index.html"));
        var statements = page.QuerySelectorAll("fieldset.statement");
        Assert.Equal(2, statements.Length);
        Assert.Equal(["1", "3", "5"], statements[0].QuerySelectorAll("input[type=radio]").Select(i => i.GetAttribute("value")));
        Assert.Equal("True", statements[1].GetAttribute("data-reverse"), ignoreCase: true);
        Assert.Equal(["2.5", "5"], page.QuerySelectorAll(".dimension tr.band").Select(r => r.GetAttribute("data-max")));
        Assert.Equal("../guides/steps/#own", page.QuerySelector(".band-links a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AQuestionNamingAnUnknownDimensionIsAnErrorAtTheName()
    {
        var text = Assessment(questions: "  - { id: own-1, text: A., dimension: ownership }\n  - { id: own-2, text: B., dimension: ownership }\n  - { id: x-1, text: C., dimension: listening }\n");
        using var site = Site(text);

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "listening");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidValue, site.PathOf("assessments/check.yml"), line, column);
    }

    [Fact]
    public async Task ADimensionWithOneQuestionIsAnErrorAtItsId()
    {
        var text = Assessment(questions: "  - { id: own-1, text: A., dimension: ownership }\n");
        using var site = Site(text);

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "ownership");
        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidValue, site.PathOf("assessments/check.yml"), line, column);
        Assert.Contains("at least two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BandsThatDoNotAscendAreAnErrorAtTheMax()
    {
        var text = Assessment(bands: "[{ max: 3, label: Low, text: A. }, { max: 2.5, label: Mid, text: B. }, { max: 5, label: High, text: C. }]");
        using var site = Site(text);

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "2.5");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidValue, site.PathOf("assessments/check.yml"), line, column);
    }

    [Fact]
    public async Task ALastBandBelowTheScalesHighestValueIsAnErrorAtItsMax()
    {
        var text = Assessment(bands: "[{ max: 2.5, label: Low, text: A. }, { max: 4.5, label: High, text: B. }]");
        using var site = Site(text);

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "4.5");
        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidValue, site.PathOf("assessments/check.yml"), line, column);
        Assert.Contains("highest value, 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepeatedQuestionIdIsAnErrorAtTheSecond()
    {
        var text = Assessment(questions: "  - { id: own-1, text: A., dimension: ownership }\n  - { id: own-1, text: B., dimension: ownership }\n");
        using var site = Site(text);

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "own-1", occurrence: 2);
        Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf("assessments/check.yml"), line, column);
    }

    [Fact]
    public async Task AnUnknownLinkInABandIsAnErrorAtTheLink()
    {
        var text = Assessment(bands: "[{ max: 2.5, label: Low, text: A., links: [steps#nowhere] }, { max: 5, label: High, text: B. }]");
        using var site = Site(text);

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "steps#nowhere");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownAnchor, site.PathOf("assessments/check.yml"), line, column);
    }

    [Fact]
    public async Task ARepeatedScaleValueIsAnErrorAtTheValue()
    {
        var text = Assessment(scale: "  - { value: 1, label: Rarely }\n  - { value: 5, label: Often }\n  - { value: 5, label: Always }\n");
        using var site = Site(text);

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "5, label: Always");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf("assessments/check.yml"), line, column);
    }

    [Fact]
    public async Task AnUnknownKeyInAQuestionIsAnErrorAtTheKey()
    {
        var text = Assessment(questions: "  - { id: own-1, text: A., dimension: ownership, reversed: true }\n  - { id: own-2, text: B., dimension: ownership }\n");
        using var site = Site(text);

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "reversed");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownKey, site.PathOf("assessments/check.yml"), line, column);
    }
}
