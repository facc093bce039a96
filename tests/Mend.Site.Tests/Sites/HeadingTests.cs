using Mend.Site.Core;

namespace Mend.Site.Tests.Sites;

public sealed class HeadingTests
{
    [Fact]
    public async Task ExplicitAndAutomaticHeadingIdsAreWrittenIntoThePage()
    {
        using var site = TestSite.With(("guides/a.md", "---\ntitle: A\nsummary: S\n---\n## Say it plainly {#plain}\n\n## Listen, then answer\n"));

        await site.BuildCleanAsync();

        var page = PageHtml.Parse(site.ReadOutput("guides/a/index.html"));
        Assert.Equal(["plain", "listen-then-answer"], page.QuerySelectorAll("article h2").Select(h => h.Id));
    }

    [Fact]
    public async Task AutomaticIdsAreTheSameInEveryBuild()
    {
        const string text = "---\ntitle: A\nsummary: S\n---\n## Notes\n\n## Notes\n\n### What *now*?\n\n## Ünïcode & symbols!\n";
        using var site = TestSite.With(("guides/a.md", text));

        await site.BuildCleanAsync(Path.Join(site.Root, "one"));
        await site.BuildCleanAsync(Path.Join(site.Root, "two"));

        string[] Ids(string output) => [.. PageHtml.Parse(File.ReadAllText(Path.Join(site.Root, output, "guides/a/index.html")))
            .QuerySelectorAll("article h2:not(.nav-title), article h3").Select(h => h.Id!)];
        Assert.Equal(4, Ids("one").Distinct().Count());
        Assert.Equal(Ids("one"), Ids("two"));
    }

    [Fact]
    public async Task TwoExplicitHeadingsWithTheSameAnchorFailTheBuildAtTheSecond()
    {
        const string text = "---\ntitle: A\nsummary: S\n---\n## Before {#step}\n\nText.\n\n## After {#step}\n";
        using var site = TestSite.With(("guides/a.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "## After");
        Assert.Contains("#step", Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf("guides/a.md"), line, column).Message, StringComparison.Ordinal);
    }
}
