using Mend.Site.Tests.Sites;

namespace Mend.Site.Tests.Templates;

public sealed class EscapingTests
{
    private const string Hostile = """
        ---
        title: "<script>alert(1)</script> & more"
        summary: "Fish & <b>chips</b> \"quoted\""
        id: hostile
        ---
        Body.
        """;

    [Fact]
    public async Task FrontMatterTextIsEscapedInTheGuidePage()
    {
        using var site = TestSite.With(("guides/hostile.md", Hostile));
        await site.BuildCleanAsync();

        var html = site.ReadOutput("guides/hostile/index.html");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>chips</b>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</h1>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more · Test site</title>", html, StringComparison.Ordinal);
        Assert.Contains("Fish &amp; &lt;b&gt;chips&lt;/b&gt;", html, StringComparison.Ordinal);
        var document = PageHtml.Parse(html);
        Assert.Equal("<script>alert(1)</script> & more", document.QuerySelector("h1")!.TextContent);
        // The summary is prose: its straight quotes are published curly.
        Assert.Equal("Fish & <b>chips</b> “quoted”", document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        // The theme's own scripts only: loaded from its assets, never inline.
        Assert.All(document.QuerySelectorAll("script"), script =>
        {
            Assert.StartsWith("../../assets/", script.GetAttribute("src"), StringComparison.Ordinal);
            Assert.Empty(script.TextContent);
        });
    }

    [Fact]
    public async Task FrontMatterTextIsEscapedInTheHomePageListing()
    {
        using var site = TestSite.With(("guides/hostile.md", Hostile));
        await site.BuildCleanAsync();

        var html = site.ReadOutput("index.html");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Fish &amp; &lt;b&gt;chips&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATitleFilledIntoAnEmptyXrefIsEscaped()
    {
        using var site = TestSite.With(
            ("guides/hostile.md", Hostile),
            ("guides/other.md", "---\ntitle: Other\nsummary: S\n---\nSee [](xref:hostile).\n"));
        await site.BuildCleanAsync();

        var html = site.ReadOutput("guides/other/index.html");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([("../hostile/", "<script>alert(1)</script> & more")], PageHtml.ArticleLinks(html));
    }

    [Fact]
    public async Task SiteTextIsEscapedToo()
    {
        using var site = TestSite.With(
            ("site.yml", "title: A <i>site</i>\ndescription: Ours & yours\nbase_url: https://example.test/\n"),
            ("guides/a.md", GuideText.Of("A")));
        await site.BuildCleanAsync();

        var html = site.ReadOutput("index.html");

        Assert.DoesNotContain("<i>site</i>", html, StringComparison.Ordinal);
        Assert.Contains("A &lt;i&gt;site&lt;/i&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Ours &amp; yours", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderedMarkdownIsNotEscapedASecondTime()
    {
        using var site = TestSite.With(
            ("guides/a.md", "---\ntitle: A\nsummary: S\n---\nFish & chips, 3 < 4, \"quotes\" and **bold** <kbd>Ctrl</kbd>.\n\nSee [](xref:b).\n"),
            ("guides/b.md", "---\ntitle: Tom & Jerry\nsummary: S\n---\n"));
        await site.BuildCleanAsync();

        var html = site.ReadOutput("guides/a/index.html");

        Assert.Contains("Fish &amp; chips, 3 &lt; 4", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<kbd>Ctrl</kbd>", html, StringComparison.Ordinal);
        Assert.Contains(">Tom &amp; Jerry</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;lt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;strong&gt;", html, StringComparison.Ordinal);
    }
}
