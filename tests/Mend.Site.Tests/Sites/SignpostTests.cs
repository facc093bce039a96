using Mend.Site.Assessments;
using Mend.Site.Core;
using Mend.Site.Tests.Catalogs;

namespace Mend.Site.Tests.Sites;

/// <summary>
/// The signposts that send a reader to help: the safety guide named on the home page, the support note and the quick
/// exit on the safety guide, and the invitation to the self-assessment on guides and challenge pages.
/// </summary>
public sealed class SignpostTests
{
    private const string Assessment = """
        id: check
        title: Where do I get stuck?
        intro: |-
          A few questions about *your* habits.

          A second paragraph that is not the description.
        scale:
          - { value: 0, label: Never }
          - { value: 3, label: Always }
        dimensions:
          - id: owning
            title: Owning it
            bands: [{ max: 3, label: Any, text: Read on. }]
        questions:
          - { id: q1, text: I say what I did., dimension: owning }
          - { id: q2, text: I explain first., dimension: owning, reverse: true }
        """;

    private static string SiteWithNote(string note) => TestSite.SiteYml + "\nsupport_note: " + note + "\n";

    private static string Safety(string extra = "") => GuideText.Of("When repair is not safe", extra: "id: safety\n" + extra);

    [Fact]
    public async Task TheSupportNoteIsShownOnTheSafetyGuideWithItsLinksResolved()
    {
        using var site = TestSite.With(
            ("site.yml", SiteWithNote("Call someone you trust, or read [the other guide](xref:other#part).")),
            ("guides/safety.md", Safety()),
            ("guides/other.md", GuideText.Of("Other", body: "## Part {#part}\n\nText.\n")));

        await site.BuildCleanAsync();

        var safety = PageHtml.Parse(site.ReadOutput("guides/safety/index.html"));
        var note = safety.QuerySelector("article aside.support-note");
        Assert.NotNull(note);
        Assert.Contains("Call someone you trust", note.TextContent, StringComparison.Ordinal);
        Assert.Equal([("../other/#part", "the other guide")], Navigation.Links(note, "a"));
        Assert.Null(PageHtml.Parse(site.ReadOutput("guides/other/index.html")).QuerySelector(".support-note"));
    }

    [Fact]
    public async Task ABrokenLinkInTheSupportNoteIsAnErrorAtTheLinkInSiteYml()
    {
        using var site = TestSite.With(
            ("site.yml", SiteWithNote("Read [this](xref:missing).")),
            ("guides/safety.md", Safety()));

        var report = await site.BuildAsync();

        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownXref, site.PathOf("site.yml"), 4, 20);
    }

    [Fact]
    public async Task ASupportNoteWithNoSafetyGuideIsAWarningAndTheSiteStillBuilds()
    {
        using var site = TestSite.With(
            ("site.yml", SiteWithNote("Call someone you trust.")),
            ("guides/other.md", GuideText.Of("Other")));

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded);
        var warning = Assert.Single(report.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal((ErrorCodes.UnusedSupportNote, site.PathOf("site.yml"), 4, 15), (warning.Code, warning.File, warning.Line, warning.Column));
        Assert.DoesNotContain("Call someone you trust", site.ReadOutput("guides/other/index.html"), StringComparison.Ordinal);
    }

    private const string SensitivePagesOnly = TestSite.SiteYml + "\nsafety:\n  quick_exit:\n    pages: sensitive\n";

    [Theory]
    [InlineData("", true)]
    [InlineData("quick_exit: false\n", false)]
    public async Task WithSensitivePagesOnlyTheSafetyGuideHasTheQuickExitUnlessItSaysOtherwise(string frontMatter, bool expected)
    {
        using var site = TestSite.With(
            ("site.yml", SensitivePagesOnly), ("guides/safety.md", Safety(frontMatter)), ("guides/other.md", GuideText.Of("Other")));

        await site.BuildCleanAsync();

        var safety = PageHtml.Parse(site.ReadOutput("guides/safety/index.html"));
        Assert.Equal(expected, safety.QuerySelector("a[data-quick-exit]") is not null);
        if (expected)
        {
            // The first thing on the page, before the skip link: the first Tab stop.
            Assert.Equal(["quick-exit", "skip-link"], safety.Body!.Children.Take(2).Select(e => e.ClassName));
        }
        Assert.Null(PageHtml.Parse(site.ReadOutput("guides/other/index.html")).QuerySelector("a[data-quick-exit]"));
    }

    [Fact]
    public async Task ByDefaultEveryPageHasTheQuickExitFirstGoingToTheConfiguredPage()
    {
        using var site = TestSite.With(
            ("site.yml", TestSite.SiteYml + "\nsafety:\n  quick_exit:\n    url: https://weather.example/today\n"),
            ("guides/safety.md", Safety()), ("guides/other.md", GuideText.Of("Other")));

        await site.BuildCleanAsync();

        foreach (var path in new[] { "index.html", "guides/other/index.html", "guides/safety/index.html", "404.html" })
        {
            var body = PageHtml.Parse(site.ReadOutput(path)).Body!;
            Assert.Equal(["quick-exit", "skip-link"], body.Children.Take(2).Select(e => e.ClassName));
            var link = body.QuerySelector("a[data-quick-exit]")!;
            Assert.Equal(("https://weather.example/today", "noreferrer"), (link.GetAttribute("href"), link.GetAttribute("rel")));
        }
    }

    [Fact]
    public async Task GuidesAndChallengePagesInviteTheReaderToTheSelfAssessmentButTheSafetyGuideDoesNot()
    {
        using var site = TestSite.With(
            ("guides/steps.md", CatalogFixtures.StepsGuide),
            ("guides/safety.md", Safety()),
            ("catalogs/challenges.yml", CatalogFixtures.Challenges),
            ("assessments/check.yml", Assessment));

        await site.BuildCleanAsync();

        Assert.Equal([("../../check/", "Where do I get stuck?")], Invitation(site, "guides/steps/index.html"));
        Assert.Equal([("../../check/", "Where do I get stuck?")], Invitation(site, "challenges/stonewalling/index.html"));
        Assert.Empty(Invitation(site, "guides/safety/index.html"));
        Assert.Empty(Invitation(site, "check/index.html"));
    }

    [Fact]
    public async Task WithoutAnAssessmentNoPageInvitesTheReaderToOne()
    {
        using var site = TestSite.With(("guides/steps.md", CatalogFixtures.StepsGuide), ("catalogs/challenges.yml", CatalogFixtures.Challenges));

        await site.BuildCleanAsync();

        Assert.Empty(Invitation(site, "guides/steps/index.html"));
        Assert.Empty(Invitation(site, "challenges/defensiveness/index.html"));
    }

    [Fact]
    public async Task TheHomePageNamesTheSafetyGuideFirstAndListsEverySectionWithItsDescription()
    {
        using var site = TestSite.With(
            ("guides/steps.md", CatalogFixtures.StepsGuide),
            ("guides/safety.md", Safety()),
            ("catalogs/ruptures.yml", CatalogFixtures.Ruptures),
            ("catalogs/challenges.yml", CatalogFixtures.Challenges),
            ("assessments/check.yml", Assessment));

        await site.BuildCleanAsync();

        var home = PageHtml.Parse(site.ReadOutput("index.html"));
        Assert.Equal([("guides/safety/", "When repair is not safe")], Navigation.Links(home, "main .safety-first a"));
        Assert.Equal(
            [("challenges/", "What gets in the way"), ("check/", "Self-assessment"), ("ruptures/", "Examples"), ("tags/", "Topics")],
            Navigation.Links(home, "section[aria-labelledby=more] .cards a"));
        Assert.Equal(
            ["Habits that block repair.", "A few questions about your habits.", "Examples.", "Every topic the guides and examples are tagged with."],
            home.QuerySelectorAll("section[aria-labelledby=more] .cards p").Select(p => p.TextContent.Trim()));
    }

    [Fact]
    public async Task WithoutASafetyGuideTheHomePageHasNoSafetyLine()
    {
        using var site = TestSite.With(("guides/other.md", GuideText.Of("Other")));

        await site.BuildCleanAsync();

        Assert.Null(PageHtml.Parse(site.ReadOutput("index.html")).QuerySelector(".safety-first"));
    }

    private static List<(string Href, string Text)> Invitation(TestSite site, string page) =>
        Navigation.Links(PageHtml.Parse(site.ReadOutput(page)), "aside.invite a");
}
