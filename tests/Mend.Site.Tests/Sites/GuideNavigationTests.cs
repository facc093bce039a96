

namespace Mend.Site.Tests.Sites;

public sealed class GuideNavigationTests
{
    private static (string Href, string Title)? None => null;

    // Reading order: by order (unordered last), then title (ordinal), then id.
    private static readonly (string Id, string Title)[] ReadingOrder =
    [
        ("zeta", "Zeta"),           // order: 1
        ("alpha", "Alpha"),         // order: 2
        ("beta", "Beta"),           // order: 2
        ("same-b", "Same title"),   // order: 10, ties with same-c on title
        ("same-c", "Same title"),   // order: 10
        ("aardvark", "Aardvark"),   // no order
        ("gamma", "Gamma"),         // no order
    ];

    private static TestSite Site() => TestSite.With(
        ("guides/g1.md", GuideText.Of("Gamma", extra: "id: gamma\n")),
        ("guides/g2.md", GuideText.Of("Beta", extra: "id: beta\norder: 2\n")),
        ("guides/g3.md", GuideText.Of("Same title", extra: "id: same-c\norder: 10\n")),
        ("guides/g4.md", GuideText.Of("Aardvark", extra: "id: aardvark\n")),
        ("guides/g5.md", GuideText.Of("Zeta", extra: "id: zeta\norder: 1\n")),
        ("guides/g6.md", GuideText.Of("Same title", extra: "id: same-b\norder: 10\n")),
        ("guides/g7.md", GuideText.Of("Alpha", extra: "id: alpha\norder: 2\n")));

    [Fact]
    public async Task PreviousAndNextFollowTheGuideOrder()
    {
        using var site = Site();
        await site.BuildCleanAsync();

        for (var i = 0; i < ReadingOrder.Length; i++)
        {
            var (previous, next) = Navigation.Pager(site.ReadOutput($"guides/{ReadingOrder[i].Id}/index.html"));
            Assert.Equal(i == 0 ? None : ($"../{ReadingOrder[i - 1].Id}/", ReadingOrder[i - 1].Title), previous);
            Assert.Equal(i == ReadingOrder.Length - 1 ? None : ($"../{ReadingOrder[i + 1].Id}/", ReadingOrder[i + 1].Title), next);
        }
    }

    [Fact]
    public async Task TheHomePageListsTheGuidesInTheSameOrder()
    {
        using var site = Site();
        await site.BuildCleanAsync();

        Assert.Equal(
            ReadingOrder.Select(g => ($"guides/{g.Id}/", g.Title)),
            Navigation.Links(site.ReadOutput("index.html"), "section[aria-labelledby=guides] .cards .card-title a"));
    }

    [Fact]
    public async Task AGuideHasBreadcrumbsFromTheHomePage()
    {
        using var site = Site();
        await site.BuildCleanAsync();

        Assert.Equal(
            [("../../", "Home", false), (null, "Beta", true)],
            Navigation.Breadcrumbs(site.ReadOutput("guides/beta/index.html")));
    }

    [Fact]
    public async Task ASingleGuideHasNoPreviousOrNext()
    {
        using var site = TestSite.With(("guides/only.md", GuideText.Of("Only")));
        await site.BuildCleanAsync();

        var html = site.ReadOutput("guides/only/index.html");

        Assert.Equal((None, None), Navigation.Pager(html));
        Assert.Empty(PageHtml.Parse(html).QuerySelectorAll("nav.pager"));
    }

    [Fact]
    public async Task TheHomePageHasNoBreadcrumbs()
    {
        using var site = Site();
        await site.BuildCleanAsync();

        Assert.Empty(PageHtml.Parse(site.ReadOutput("index.html")).QuerySelectorAll("nav.breadcrumb"));
    }
}
