using Mend.Site.Core;

namespace Mend.Site.Tests.Sites;

public sealed class MarkdownLinkTests
{
    private const string Other = "---\ntitle: The other guide\nsummary: S\nid: other-id\n---\n## A section {#section}\n";

    private static string Page(string body) => $"---\ntitle: Page\nsummary: S\n---\n{body}";

    [Fact]
    public async Task ALinkToAnotherMarkdownFileBecomesALinkToItsPage()
    {
        using var site = TestSite.With(("guides/page.md", Page("[x](other.md) [y](./other.md#section) [](other.md)\n")), ("guides/other.md", Other));

        await site.BuildCleanAsync();

        Assert.Equal(
            [("../other-id/", "x"), ("../other-id/#section", "y"), ("../other-id/", "The other guide")],
            PageHtml.ArticleLinks(site.ReadOutput("guides/page/index.html")));
    }

    [Fact]
    public async Task ALinkThroughTheParentFolderIsResolvedToo()
    {
        using var site = TestSite.With(("guides/page.md", Page("[x](../guides/other.md#section)\n")), ("guides/other.md", Other));

        await site.BuildCleanAsync();

        Assert.Equal([("../other-id/#section", "x")], PageHtml.ArticleLinks(site.ReadOutput("guides/page/index.html")));
    }

    [Fact]
    public async Task AnOfflineBuildLinksToIndexHtml()
    {
        using var site = TestSite.With(("guides/page.md", Page("[x](other.md#section) [y](xref:other-id)\n")), ("guides/other.md", Other));

        await site.BuildCleanAsync(offline: true);

        Assert.Equal(
            [("../other-id/index.html#section", "x"), ("../other-id/index.html", "y")],
            PageHtml.ArticleLinks(site.ReadOutput("guides/page/index.html")));
    }

    [Fact]
    public async Task ALinkToAMissingMarkdownFileIsAnErrorAtTheLink()
    {
        var text = Page("Read on:\n\n* [the next part](next-part.md)\n");
        using var site = TestSite.With(("guides/page.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[the next part]");
        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.MissingLinkedFile, site.PathOf("guides/page.md"), line, column);
        Assert.Contains("next-part.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkToAMarkdownFileThatIsNotAGuideIsAnError()
    {
        var text = Page("[readme](../README.md)\n");
        using var site = TestSite.With(("guides/page.md", text), ("README.md", "# Not a page\n"));

        var report = await site.BuildAsync();

        Diagnostics.Only(report.Diagnostics, ErrorCodes.MissingLinkedFile, site.PathOf("guides/page.md"), 5, 1);
    }

    [Fact]
    public async Task ALinkToAnExistingFileWithAnUnknownAnchorIsAnErrorAtTheLink()
    {
        var text = Page("First line.\n  [x](other.md#missing)\n");
        using var site = TestSite.With(("guides/page.md", text), ("guides/other.md", Other));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[x]");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownAnchor, site.PathOf("guides/page.md"), line, column);
    }
}
