using System.Text.RegularExpressions;
using Mend.Site.Core;

namespace Mend.Site.Tests.AuthorFiles;

/// <summary>Images and other files beside the guides or under static/: copied, fingerprinted, linked from Markdown.</summary>
public sealed partial class AuthorFileSiteTests
{
    private static string Page(string body) => $"---\ntitle: Page\nsummary: S\n---\n{body}";

    [Fact]
    public async Task AnImageBesideAGuideIsCopiedUnderAFingerprintedNameAndShownAtItsSize()
    {
        using var site = TestSite.With(("guides/page.md", Page("![A green square](photo.png)\n")));
        site.CopyFixture("images/photo.png", "guides/photo.png");

        await site.BuildCleanAsync();

        var copied = Assert.Single(TestSite.Files(site.Output), file => FingerprintedPhoto().IsMatch(file.Key));
        Assert.Equal(File.ReadAllBytes(Path.Join(Repo.Fixtures, "images/photo.png")), copied.Value);
        Assert.Contains(
            $"""<img src="../{copied.Key["guides/".Length..]}" alt="A green square" width="64" height="48" loading="lazy" decoding="async">""",
            site.ReadOutput("guides/page/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("guides/photo.png", TestSite.Files(site.Output).Keys);
    }

    [Fact]
    public async Task AStaticFileIsLinkedRelativelyByItsFingerprintedNameAndAlsoWrittenUnderItsOwn()
    {
        using var site = TestSite.With(
            ("guides/page.md", Page("![A drawing](../static/pictures/drawing.svg)\n\n[The worksheet](../static/worksheet.txt#part-2)\n")),
            ("static/worksheet.txt", "Write it down.\n"));
        site.CopyFixture("images/drawing.svg", "static/pictures/drawing.svg");

        await site.BuildCleanAsync();

        var files = TestSite.Files(site.Output).Keys.ToList();
        var drawing = Assert.Single(files, file => Regex.IsMatch(file, @"^static/pictures/drawing\.[0-9a-f]{10}\.svg$"));
        var worksheet = Assert.Single(files, file => Regex.IsMatch(file, @"^static/worksheet\.[0-9a-f]{10}\.txt$"));
        Assert.Contains("static/pictures/drawing.svg", files);
        Assert.Contains("static/worksheet.txt", files);
        var html = site.ReadOutput("guides/page/index.html");
        Assert.Contains($"""<img src="../../{drawing}" alt="A drawing" width="120" height="80" """, html, StringComparison.Ordinal);
        Assert.Contains($"""<a href="../../{worksheet}#part-2">The worksheet</a>""", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImageWithoutAltTextIsAnErrorAtTheImage()
    {
        var text = Page("Some text.\n\nSee this: ![](photo.png)\n");
        using var site = TestSite.With(("guides/page.md", text));
        site.CopyFixture("images/photo.png", "guides/photo.png");

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "![](photo.png)");
        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.MissingAltText, site.PathOf("guides/page.md"), line, column);
        Assert.Contains("{.decorative}", error.Message, StringComparison.Ordinal);
        Assert.False(report.Succeeded);
    }

    [Fact]
    public async Task ADecorativeImageIsPublishedWithAnEmptyAlt()
    {
        using var site = TestSite.With(("guides/page.md", Page("![](photo.png){.decorative}\n")));
        site.CopyFixture("images/photo.png", "guides/photo.png");

        await site.BuildCleanAsync();

        Assert.Matches("""<img src="[^"]+" class="decorative" alt="" width="64" height="48" """, site.ReadOutput("guides/page/index.html"));
    }

    [Fact]
    public async Task AnImageWhoseWidthTheAuthorSetKeepsItAndGetsNoHeight()
    {
        using var site = TestSite.With(("guides/page.md", Page("![A green square](photo.png){width=32}\n")));
        site.CopyFixture("images/photo.png", "guides/photo.png");

        await site.BuildCleanAsync();

        var image = Assert.Single(Regex.Matches(site.ReadOutput("guides/page/index.html"), "<img [^>]+>")).Value;
        Assert.Contains("width=\"32\"", image, StringComparison.Ordinal);
        Assert.DoesNotContain("height=", image, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImageOrFileThatIsNotThereIsAnErrorAtItsReference()
    {
        var text = Page("First.\n\n  ![A photo](photos/missing.png)\n\nAnd [the PDF](worksheet.pdf).\n");
        using var site = TestSite.With(("guides/page.md", text));

        var report = await site.BuildAsync();

        var errors = report.Diagnostics.Where(d => d.Code == ErrorCodes.MissingLinkedFile).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(
            [TextPosition.Of(text, "![A photo]"), TextPosition.Of(text, "[the PDF]")],
            errors.Select(e => (e.Line, e.Column)));
        Assert.Contains("'photos/missing.png'", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Diagnostics.Count);
    }

    [Fact]
    public async Task AnImageInAMarkdownFieldOfAYamlFileIsNamedFromThatFile()
    {
        using var site = TestSite.With(
            ("site.yml", TestSite.SiteYml + "\nsupport_note: \"Call us: ![A phone](static/phone.svg)\"\n"),
            ("guides/safety.md", GuideText.Of("Safety")));
        site.CopyFixture("images/drawing.svg", "static/phone.svg");

        await site.BuildCleanAsync();

        Assert.Matches("""<img src="\.\./\.\./static/phone\.[0-9a-f]{10}\.svg" alt="A phone" width="120" height="80" """,
            site.ReadOutput("guides/safety/index.html"));
    }

    [Theory]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<svg><a href=\" JavaScript :alert(1)\"><text>x</text></a></svg>")]
    [InlineData("<svg><foreignObject><div>x</div></foreignObject></svg>")]
    [InlineData("<svg><animate attributeName=\"href\" to=\"x\"/></svg>")]
    [InlineData("<svg><rect ONCLICK = \"x\"/></svg>")]
    [InlineData("<!DOCTYPE svg [<!ENTITY a \"b\">]><svg/>")]
    public async Task AnSvgThatCouldRunCodeIsRefusedAndNotPublished(string svg)
    {
        using var site = TestSite.With(("guides/page.md", Page("Text.\n")), ("static/drawing.svg", svg));

        var report = await site.BuildAsync();

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal((ErrorCodes.UnsafeHtml, site.PathOf("static/drawing.svg")), (error.Code, error.File));
        Assert.False(report.Succeeded);
    }

    [Fact]
    public async Task AWideImageIsAWarningAtItsReference()
    {
        var text = Page("![A long grey line](wide.png)\n");
        using var site = TestSite.With(("guides/page.md", text));
        site.CopyFixture("images/wide.png", "guides/wide.png");

        var report = await site.BuildAsync();

        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal((ErrorCodes.LargeImage, false, 5, 1), (warning.Code, warning.IsError, warning.Line, warning.Column));
        Assert.EndsWith("'guides/wide.png' is 3000x4 pixels, wider than 2500: it is slow to load on a phone; make it smaller (resize or compress it)",
            warning.Message, StringComparison.Ordinal);
        Assert.True(report.Succeeded);
    }

    [Fact]
    public async Task AHeavyImageIsAWarningThatSaysItsWeight()
    {
        using var site = TestSite.With(("guides/page.md", Page("![A grey square](heavy.svg)\n")),
            ("guides/heavy.svg", $"""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><desc>{new string('x', 600 * 1024)}</desc></svg>"""));

        var report = await site.BuildAsync();

        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal((ErrorCodes.LargeImage, 5, 1), (warning.Code, warning.Line, warning.Column));
        Assert.Contains("'guides/heavy.svg' is 600 KB, over 500 KB:", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWideDrawingIsNotAWarning()
    {
        using var site = TestSite.With(
            ("guides/page.md", Page("![A long line](line.svg)\n")),
            ("guides/line.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 6000 10"><rect width="6000" height="10"/></svg>"""));

        await site.BuildCleanAsync();

        Assert.Contains("width=\"6000\" height=\"10\"", site.ReadOutput("guides/page/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilesNothingLinksAreStillCopiedAndAreNotWarnedAbout()
    {
        using var site = TestSite.With(("guides/page.md", Page("Text.\n")), ("static/notes/leaflet.txt", "A leaflet.\n"));
        site.CopyFixture("images/photo.png", "guides/photo.png");

        await site.BuildCleanAsync();

        var files = TestSite.Files(site.Output).Keys.ToList();
        Assert.Contains("static/notes/leaflet.txt", files);
        Assert.Contains(files, file => FingerprintedPhoto().IsMatch(file));
    }

    [Fact]
    public async Task AnOfflineBuildLinksTheSameFiles()
    {
        using var site = TestSite.With(("guides/page.md", Page("![A green square](../static/photo.png)\n")));
        site.CopyFixture("images/photo.png", "static/photo.png");

        await site.BuildCleanAsync(offline: true);

        Assert.Matches("""<img src="\.\./\.\./static/photo\.[0-9a-f]{10}\.png" """, site.ReadOutput("guides/page/index.html"));
    }

    [Fact]
    public async Task TheSocialImageAndFaviconsAreInTheHeadOfEveryPage()
    {
        using var site = TestSite.With(
            ("site.yml", TestSite.SiteYml + """

                social_image: static/social.png
                social_image_alt: A pale card with the site's name
                favicons: [static/icon-32.png, static/icon-180.png, static/drawing.svg]
                """),
            ("guides/page.md", Page("Text.\n")));
        foreach (var name in new[] { "social.png", "icon-32.png", "icon-180.png", "drawing.svg" })
        {
            site.CopyFixture($"images/{name}", $"static/{name}");
        }

        await site.BuildCleanAsync();

        var files = TestSite.Files(site.Output).Keys.ToList();
        string Named(string name) => Assert.Single(files, file => Regex.IsMatch(file, $@"^static/{name}\.[0-9a-f]{{10}}\.(png|svg)$"));
        var html = site.ReadOutput("guides/page/index.html");
        Assert.Contains($"""<meta property="og:image" content="https://example.test/docs/{Named("social")}">""", html, StringComparison.Ordinal);
        Assert.Contains("""<meta property="og:image:width" content="1200">""", html, StringComparison.Ordinal);
        Assert.Contains("""<meta property="og:image:height" content="630">""", html, StringComparison.Ordinal);
        Assert.Contains("""<meta property="og:image:alt" content="A pale card with the site’s name">""", html, StringComparison.Ordinal);
        Assert.Contains($"""<link rel="icon" href="../../{Named("icon-32")}" sizes="32x32" type="image/png">""", html, StringComparison.Ordinal);
        Assert.Contains($"""<link rel="icon" href="../../{Named("icon-180")}" sizes="180x180" type="image/png">""", html, StringComparison.Ordinal);
        Assert.Contains($"""<link rel="apple-touch-icon" href="../../{Named("icon-180")}" sizes="180x180">""", html, StringComparison.Ordinal);
        Assert.Contains($"""<link rel="icon" href="../../{Named("drawing")}" sizes="any" type="image/svg+xml">""", html, StringComparison.Ordinal);
        Assert.DoesNotContain("assets/icon.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutFaviconsThePageKeepsTheThemesIcon()
    {
        using var site = TestSite.With(("guides/page.md", Page("Text.\n")));

        await site.BuildCleanAsync();

        var html = site.ReadOutput("guides/page/index.html");
        Assert.Matches("""<link rel="icon" href="\.\./\.\./assets/icon\.[0-9a-f]{10}\.svg" type="image/svg\+xml">""", html);
        Assert.DoesNotContain("og:image", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^guides/photo\.[0-9a-f]{10}\.png$")]
    private static partial Regex FingerprintedPhoto();
}
