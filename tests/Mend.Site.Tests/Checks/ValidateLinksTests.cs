using Mend.Site.Core;

namespace Mend.Site.Tests.Checks;

/// <summary>Link checks over finished pages, from whole small sites.</summary>
public sealed class ValidateLinksTests
{
    private const string Other = "---\ntitle: Other\nsummary: S\n---\n## A section {#section}\n";

    private static TestSite SiteWith(string body) =>
        TestSite.With(("guides/page.md", $"---\ntitle: Page\nsummary: S\n---\n{body}"), ("guides/other.md", Other));

    [Fact]
    public async Task ALinkToAPageThatIsNotWrittenIsABrokenLinkInTheGuide()
    {
        using var site = SiteWith("[x](/nowhere/)\n");

        var report = await site.BuildAsync();

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal((ErrorCodes.BrokenLink, site.PathOf("guides/page.md")), (error.Code, error.File));
        Assert.Contains("/nowhere/", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task ARelativeLinkToAPageThatIsNotWrittenIsABrokenLink()
    {
        using var site = SiteWith("[x](../missing/)\n");

        var report = await site.BuildAsync();

        Assert.Equal(ErrorCodes.BrokenLink, Assert.Single(report.Diagnostics).Code);
    }

    [Fact]
    public async Task ALinkToAMissingAnchorOnAnExistingPageIsABrokenAnchor()
    {
        using var site = SiteWith("[x](../other/#nope)\n");

        var report = await site.BuildAsync();

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal((ErrorCodes.BrokenAnchor, site.PathOf("guides/page.md")), (error.Code, error.File));
        Assert.Contains("#nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkFromTheHostRootOutsideTheBasePathIsABrokenLink()
    {
        using var site = SiteWith("[x](/guides/other/)\n");

        var report = await site.BuildAsync();

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal((ErrorCodes.BrokenLink, site.PathOf("guides/page.md")), (error.Code, error.File));
        Assert.Contains("outside the site's base path '/docs/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImageFromAnotherOriginIsAThirdPartyResource()
    {
        using var site = SiteWith("![A picture](https://cdn.example.com/x.png)\n");

        var report = await site.BuildAsync();

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal((ErrorCodes.ThirdPartyResource, site.PathOf("guides/page.md")), (error.Code, error.File));
        Assert.Contains("https://cdn.example.com/x.png", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksThatResolveAndLinksToOtherSitesAreNotErrors()
    {
        using var site = SiteWith("[a](../other/#section) [b](/docs/guides/other/) [c](#top) [d](https://example.org/) [e](mailto:a@example.org)\n\n## Top {#top}\n");

        await site.BuildCleanAsync();
    }
}
