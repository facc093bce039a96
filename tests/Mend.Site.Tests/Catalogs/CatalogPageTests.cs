using Mend.Site.Catalogs;
using Mend.Site.Core;
using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Catalogs;

public sealed class CatalogPageTests
{
    private static readonly (string, string)[] Severities =
        [("minor", "Minor ruptures"), ("moderate", "Moderate ruptures"), ("severe", "Severe ruptures")];

    // Written out of severity order on purpose: the pages read by severity, then in the order written.
    private static readonly string Catalog = RuptureCatalog(Severities,
        Rupture("broke-a-promise", "Broke a promise", "moderate", "[friendship, family]"),
        Rupture("forgot-to-reply", "Not replying", "minor", "[friendship]"),
        Rupture("betrayed-a-secret", "Betrayed a secret", "severe", "[work, friendship]"),
        Rupture("missed-the-call", "Missed the call", "minor", "[family]"),
        Rupture("snapped-at-work", "Snapped at a colleague", "moderate", "[work]"));

    private static TestSite CatalogSite() =>
        TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", Catalog));

    [Fact]
    public async Task TheCatalogPageGroupsEntriesUnderEachSeverityInSeverityOrder()
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        var page = PageHtml.Parse(site.ReadOutput("ruptures/index.html"));

        var sections = page.QuerySelectorAll("main section").ToList();
        Assert.Equal(
            [("minor/", "Minor ruptures"), ("moderate/", "Moderate ruptures"), ("severe/", "Severe ruptures")],
            sections.SelectMany(s => Navigation.Links(s, "h2 a")));
        Assert.Equal(["minor", "moderate", "severe"], sections.Select(s => s.QuerySelector("h2")!.Id));
        Assert.Equal(
            [
                [("forgot-to-reply/", "Not replying"), ("missed-the-call/", "Missed the call")],
                [("broke-a-promise/", "Broke a promise"), ("snapped-at-work/", "Snapped at a colleague")],
                [("betrayed-a-secret/", "Betrayed a secret")],
            ],
            sections.Select(s => Navigation.Links(s, "ul.card-list > li > a")));
    }

    [Fact]
    public async Task TheCatalogPagesSeverityLinksSayHowManyEntriesEachHas()
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        var page = PageHtml.Parse(site.ReadOutput("ruptures/index.html"));

        var severities = page.QuerySelector("nav[aria-label=Severity]")!;
        Assert.Equal(
            [("#minor", "Minor ruptures"), ("#moderate", "Moderate ruptures"), ("#severe", "Severe ruptures")],
            Navigation.Links(severities, "a"));
        Assert.Equal(
            ["Minor ruptures (2)", "Moderate ruptures (2)", "Severe ruptures (1)"],
            severities.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task TheCatalogPageFiltersByRelationshipOnlyForKindsThatHaveEntries()
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        var page = PageHtml.Parse(site.ReadOutput("ruptures/index.html"));

        var filter = page.QuerySelector("nav[aria-label=Relationship]")!;
        Assert.Equal(
            [("relationship/friendship/", "Friendships"), ("relationship/family/", "Family"), ("relationship/work/", "Work")],
            Navigation.Links(filter, "a"));
        Assert.Equal(["Friendships (3)", "Family (2)", "Work (2)"], filter.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.True(File.Exists(Path.Join(site.Output, "ruptures/relationship/work/index.html")));
        Assert.False(Directory.Exists(Path.Join(site.Output, "ruptures/relationship/romantic")));
        Assert.False(Directory.Exists(Path.Join(site.Output, "ruptures/relationship/other")));
    }

    [Theory]
    [InlineData("minor", "Minor ruptures", "forgot-to-reply:Not replying|missed-the-call:Missed the call")]
    [InlineData("moderate", "Moderate ruptures", "broke-a-promise:Broke a promise|snapped-at-work:Snapped at a colleague")]
    [InlineData("severe", "Severe ruptures", "betrayed-a-secret:Betrayed a secret")]
    public async Task EachSeverityPageListsExactlyItsEntries(string severity, string title, string entries)
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        var html = site.ReadOutput($"ruptures/{severity}/index.html");

        Assert.Equal(title, PageHtml.Parse(html).QuerySelector("main h1")!.TextContent);
        Assert.Equal(Expected(entries, "../"), Navigation.Links(html, "main ul.card-list > li > a"));
        Assert.Equal(
            [("../../", "Home", false), ("../", "Ruptures", false), (null, title, true)],
            Navigation.Breadcrumbs(html));
    }

    [Theory]
    [InlineData("friendship", "Friendships", "minor:forgot-to-reply:Not replying|moderate:broke-a-promise:Broke a promise|severe:betrayed-a-secret:Betrayed a secret")]
    [InlineData("family", "Family", "minor:missed-the-call:Missed the call|moderate:broke-a-promise:Broke a promise")]
    [InlineData("work", "Work", "moderate:snapped-at-work:Snapped at a colleague|severe:betrayed-a-secret:Betrayed a secret")]
    public async Task EachRelationshipPageListsExactlyTheEntriesWithThatRelationship(string relationship, string title, string entries)
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        var html = site.ReadOutput($"ruptures/relationship/{relationship}/index.html");
        var page = PageHtml.Parse(html);

        Assert.Equal(title, page.QuerySelector("main h1")!.TextContent);
        var expected = entries.Split('|').Select(e => e.Split(':')).ToList();
        Assert.Equal(
            expected.Select(e => e[0]).Distinct(),
            page.QuerySelectorAll("main section h2").Select(h => h.Id!));
        Assert.Equal(
            expected.Select(e => ($"../../{e[1]}/", e[2])),
            Navigation.Links(page, "main section ul.card-list > li > a"));
        Assert.Equal(
            [("../../../", "Home", false), ("../../", "Ruptures", false), (null, title, true)],
            Navigation.Breadcrumbs(html));
    }

    [Fact]
    public async Task AnEntryPageShowsItsSeverityTitleAndRelationshipsAsLinks()
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        var html = site.ReadOutput("ruptures/broke-a-promise/index.html");

        Assert.Equal(
            [("../moderate/", "Moderate ruptures"), ("../relationship/friendship/", "Friendships"), ("../relationship/family/", "Family")],
            Navigation.Links(html, "article.entry p.meta a"));
    }

    [Fact]
    public async Task AnEntryPageHasBreadcrumbsThroughItsCatalogAndSeverity()
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        Assert.Equal(
            [("../../", "Home", false), ("../", "Ruptures", false), ("../minor/", "Minor ruptures", false), (null, "Missed the call", true)],
            Navigation.Breadcrumbs(site.ReadOutput("ruptures/missed-the-call/index.html")));
    }

    [Fact]
    public async Task PreviousAndNextFollowTheCatalogPagesOrder()
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        string[] order = ["forgot-to-reply", "missed-the-call", "broke-a-promise", "snapped-at-work", "betrayed-a-secret"];
        var titles = new Dictionary<string, string>
        {
            ["forgot-to-reply"] = "Not replying",
            ["missed-the-call"] = "Missed the call",
            ["broke-a-promise"] = "Broke a promise",
            ["snapped-at-work"] = "Snapped at a colleague",
            ["betrayed-a-secret"] = "Betrayed a secret",
        };
        for (var i = 0; i < order.Length; i++)
        {
            var (previous, next) = Navigation.Pager(site.ReadOutput($"ruptures/{order[i]}/index.html"));
            Assert.Equal(i == 0 ? None : ($"../{order[i - 1]}/", titles[order[i - 1]]), previous);
            Assert.Equal(i == order.Length - 1 ? None : ($"../{order[i + 1]}/", titles[order[i + 1]]), next);
        }
    }

    [Fact]
    public async Task TheCatalogSeverityAndRelationshipPagesHaveNoPreviousOrNext()
    {
        using var site = CatalogSite();
        await site.BuildCleanAsync();

        foreach (var page in new[] { "ruptures/index.html", "ruptures/minor/index.html", "ruptures/relationship/work/index.html" })
        {
            Assert.Equal((None, None), Navigation.Pager(site.ReadOutput(page)));
        }
    }

    [Fact]
    public async Task ChallengePagesHaveBreadcrumbsAndPreviousAndNextInWrittenOrder()
    {
        var catalog = ChallengeCatalog(
            Challenge("stonewalling", "Stonewalling"),
            Challenge("defensiveness", "Defensiveness"),
            Challenge("keeping-score", "Keeping score"));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/challenges.yml", catalog));
        await site.BuildCleanAsync();

        var middle = site.ReadOutput("challenges/defensiveness/index.html");
        Assert.Equal(
            [("../../", "Home", false), ("../", "What gets in the way", false), (null, "Defensiveness", true)],
            Navigation.Breadcrumbs(middle));
        Assert.Equal((Link("../stonewalling/", "Stonewalling"), Link("../keeping-score/", "Keeping score")), Navigation.Pager(middle));
        Assert.Equal((None, Link("../defensiveness/", "Defensiveness")), Navigation.Pager(site.ReadOutput("challenges/stonewalling/index.html")));
        Assert.Equal((Link("../defensiveness/", "Defensiveness"), None), Navigation.Pager(site.ReadOutput("challenges/keeping-score/index.html")));
        Assert.Equal(
            [("stonewalling/", "Stonewalling"), ("defensiveness/", "Defensiveness"), ("keeping-score/", "Keeping score")],
            Navigation.Links(site.ReadOutput("challenges/index.html"), "main ul.card-list > li > a"));
    }

    [Fact]
    public async Task XrefsInAScenarioBecomeRelativeLinksWithEmptyTextFilled()
    {
        var catalog = RuptureCatalog(Severities,
            Rupture("forgot-to-reply", "Not replying",
                scenario: "\"See [](xref:steps#apologize), [the guide](xref:steps) and [](xref:missed-the-call).\""),
            Rupture("missed-the-call", "Missed the call"));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", catalog));
        await site.BuildCleanAsync();

        var page = PageHtml.Parse(site.ReadOutput("ruptures/forgot-to-reply/index.html"));

        Assert.Equal(
            [("../../guides/steps/#apologize", "Say sorry"), ("../../guides/steps/", "the guide"), ("../missed-the-call/", "Missed the call")],
            Navigation.Links(page.QuerySelector("#scenario + p")!, "a"));
    }

    [Fact]
    public async Task XrefsInAChallengesMarkdownFieldsResolve()
    {
        var catalog = ChallengeCatalog(Challenge("defensiveness", "Defensiveness", whatItIs: "\"Skipping [](xref:steps#listen).\""));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/challenges.yml", catalog));
        await site.BuildCleanAsync();

        var page = PageHtml.Parse(site.ReadOutput("challenges/defensiveness/index.html"));

        Assert.Equal([("../../guides/steps/#listen", "Listen")], Navigation.Links(page.QuerySelector("#what-it-is + p")!, "a"));
    }

    [Fact]
    public async Task AnUnknownXrefInAScenarioIsReportedAtTheLink()
    {
        var catalog = RuptureCatalog(Severities,
            Rupture("forgot-to-reply", "Not replying"),
            Rupture("missed-the-call", "Missed the call", scenario: "You missed [the call](xref:no-such-page)."));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", catalog));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(catalog, "[the call]");
        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownXref, site.PathOf("catalogs/ruptures.yml"), line, column);
        Assert.Contains("'no-such-page'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownXrefInAFoldedScenarioIsReportedAtTheLinksLineAndColumn()
    {
        var catalog = RuptureCatalog(Severities,
            Rupture("forgot-to-reply", "Not replying", scenario: ">-\n      You forgot.\n      See [](xref:steps#nowhere)."));
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", catalog));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(catalog, "[](xref:steps#nowhere)");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownAnchor, site.PathOf("catalogs/ruptures.yml"), line, column);
    }

    [Fact]
    public async Task AnUnknownXrefInAChallengeTipIsReportedAtTheLink()
    {
        var catalog = Edit(
            ChallengeCatalog(Challenge("defensiveness", "Defensiveness")),
            "text: Breathe first.", "text: Breathe, then read [](xref:calm-down).");
        using var site = TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/challenges.yml", catalog));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(catalog, "[](xref:calm-down)");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownXref, site.PathOf("catalogs/challenges.yml"), line, column);
    }

    private static (string Href, string Title)? None => null;

    private static (string Href, string Title)? Link(string href, string title) => (href, title);

    private static List<(string Href, string Text)> Expected(string entries, string prefix) =>
        [.. entries.Split('|').Select(e => e.Split(':')).Select(e => ($"{prefix}{e[0]}/", e[1]))];
}
