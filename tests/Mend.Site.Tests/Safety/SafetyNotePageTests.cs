using AngleSharp.Dom;
using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Safety;

/// <summary>A page's <c>safety_note</c>: a safety callout near the top of a challenge, a rupture entry and a guide.</summary>
public sealed class SafetyNotePageTests
{
    private const string SafetyGuide = """
        ---
        title: When repair is not safe
        summary: Safety first.
        id: safety
        ---
        Text.
        """;

    private const string Note = "Silence used to punish can be abuse: see [when repair is not safe](xref:safety).";

    private static TestSite Site(string ruptures, string challenges, string guide) => TestSite.With(
        ("guides/steps.md", StepsGuide),
        ("guides/safety.md", SafetyGuide),
        ("guides/other.md", guide),
        ("catalogs/ruptures.yml", ruptures),
        ("catalogs/challenges.yml", challenges));

    private static TestSite WithNotes() => Site(
        Edit(Ruptures, "    related: [late-for-dinner]\n", $"    related: [late-for-dinner]\n    safety_note: \"{Note}\"\n"),
        Edit(Challenges, "    tags: [listening]\n", $"    tags: [listening]\n    safety_note: \"{Note}\"\n"),
        $"---\ntitle: Other\nsummary: Another guide.\nsafety_note: \"{Note}\"\n---\nBody.\n");

    [Fact]
    public async Task AChallengeShowsItsNoteAsASafetyCalloutUnderItsSummary()
    {
        using var site = WithNotes();
        await site.BuildCleanAsync();

        var entry = PageHtml.Parse(site.ReadOutput("challenges/defensiveness/index.html")).QuerySelector("article.entry")!;

        // Under the summary and the link to a better response.
        AssertCallout(entry.QuerySelector("p.lead + p.jump-link")!.NextElementSibling, "../../guides/safety/");
    }

    [Fact]
    public async Task ARuptureEntryShowsItsNoteBeforeWhatHappened()
    {
        using var site = WithNotes();
        await site.BuildCleanAsync();

        var entry = PageHtml.Parse(site.ReadOutput("ruptures/forgot-to-reply/index.html")).QuerySelector("article.entry")!;

        AssertCallout(entry.QuerySelector("h2#scenario")!.PreviousElementSibling, "../../guides/safety/");
    }

    [Fact]
    public async Task AGuideShowsItsFrontMattersNoteUnderItsHeader()
    {
        using var site = WithNotes();
        await site.BuildCleanAsync();

        var guide = PageHtml.Parse(site.ReadOutput("guides/other/index.html")).QuerySelector("article.guide")!;

        AssertCallout(guide.QuerySelector("header")!.NextElementSibling, "../safety/");
    }

    [Fact]
    public async Task PagesWithoutANoteHaveNoSafetyCallout()
    {
        using var site = Site(Ruptures, Challenges, "---\ntitle: Other\nsummary: Another guide.\n---\nBody.\n");
        await site.BuildCleanAsync();

        foreach (var page in new[] { "challenges/defensiveness/", "ruptures/forgot-to-reply/", "guides/other/" })
        {
            Assert.Null(PageHtml.Parse(site.ReadOutput(page + "index.html")).QuerySelector(".callout-safety"));
        }
    }

    [Fact]
    public async Task ABrokenLinkInAGuidesNoteIsReportedWhereItIsWrittenInTheFrontMatter()
    {
        using var site = Site(Ruptures, Challenges, "---\ntitle: Other\nsummary: Another guide.\nsafety_note: See [this](xref:nowhere).\n---\nBody.\n");

        var report = await site.BuildAsync();

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(("MEND201", site.PathOf("guides/other.md"), 4, 18), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    private static void AssertCallout(IElement? callout, string safetyHref)
    {
        Assert.NotNull(callout);
        Assert.Equal("div", callout.LocalName);
        Assert.Equal("callout callout-safety", callout.ClassName);
        Assert.Equal("note", callout.GetAttribute("role"));
        Assert.Equal("Your safety", callout.QuerySelector("p.callout-title")!.TextContent);
        var link = callout.QuerySelector("p:not(.callout-title) a")!;
        Assert.Equal(("when repair is not safe", safetyHref), (link.TextContent, link.GetAttribute("href")));
    }
}
