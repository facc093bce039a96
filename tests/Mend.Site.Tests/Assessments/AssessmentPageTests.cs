using Mend.Site.Assessments;
using Mend.Site.Guides;

namespace Mend.Site.Tests.Assessments;

/// <summary>The page of an assessment; what makes an assessment file invalid is in Specs/assessments.</summary>
public sealed class AssessmentPageTests
{
    private const string Guide = "---\ntitle: Steps\nsummary: The steps.\nid: steps\n---\n## Own it {#own}\n\nText.\n";

    private const string Assessment = """
        id: self-check
        title: Check
        intro: For *reflection*.
        scale:
          - { value: 1, label: Rarely }
          - { value: 3, label: Sometimes }
          - { value: 5, label: Often }
        dimensions:
          - id: ownership
            title: Owning it
            bands: [{ max: 2.5, label: Low, text: Try this., links: [steps#own] }, { max: 5, label: High, text: Keep going. }]
        questions:
          - { id: own-1, text: I say what I did., dimension: ownership }
          - { id: own-2, text: I explain first., dimension: ownership, reverse: true }
        """;

    [Fact]
    public async Task AValidAssessmentGetsAPageWithARadioGroupPerStatementAndAScoringKey()
    {
        using var site = TestSite.With(("guides/steps.md", Guide), ("assessments/check.yml", Assessment));

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
    public async Task PatternsAndAnUnscoredStatementAreWrittenIntoTheKeyForThePageScriptAndThePaper()
    {
        using var site = TestSite.With(("guides/steps.md", Guide), ("assessments/check.yml", Assessment + """

              - { id: fear-1, text: I am scared to speak up. }
            patterns:
              - id: fear
                title: Safety first
                text: Please read this.
                links: [steps#own]
                instead_of: [ownership]
                when:
                  - { questions: [fear-1, own-2], at_least: 3 }
            """));

        await site.BuildCleanAsync();

        var page = Sites.PageHtml.Parse(site.ReadOutput("self-check/index.html"));
        Assert.Equal("", page.QuerySelector("fieldset[data-question='fear-1']")?.GetAttribute("data-dimension"));
        Assert.Equal("About 1 minute: 3 short statements.", page.QuerySelector(".assessment-time")?.TextContent);
        var pattern = page.QuerySelector(".scoring-key details .pattern[data-pattern='fear']");
        Assert.NotNull(pattern);
        Assert.Equal("ownership", pattern.GetAttribute("data-instead-of"));
        var condition = pattern.QuerySelector("li[data-questions]");
        Assert.Equal("fear-1 own-2", condition?.GetAttribute("data-questions"));
        Assert.Equal("3", condition?.GetAttribute("data-at-least"));
        Assert.Equal("Statements 3, 2: answered Sometimes (3) or more, every one", condition?.TextContent);
        Assert.Equal("../guides/steps/#own", pattern.QuerySelector(".pattern-links a")?.GetAttribute("href"));
    }
}
