using AngleSharp.Dom;
using Mend.Site.Core;

namespace Mend.Site.Tests.Sites;

/// <summary>Builds whole sites (the fixture under tests/fixtures/basic and the real input/) and checks every link independently.</summary>
public sealed class FixtureSiteTests : IDisposable
{
    private readonly string _output = Path.Join(Path.GetTempPath(), "mend-site-tests", Guid.NewGuid().ToString("N"), "output");

    private static string BasicInput => Path.Join(Repo.Fixtures, "basic", "input");

    public void Dispose()
    {
        var root = Path.GetDirectoryName(_output)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task<SortedDictionary<string, byte[]>> BuildClean(string input, bool offline = false)
    {
        var report = await SiteBuilder.BuildAsync(new BuildOptions(input, _output, null, offline, Repo.Themes), TestContext.Current.CancellationToken);
        Assert.True(report.Diagnostics.Count == 0, string.Join('\n', report.Diagnostics));
        return TestSite.Files(_output);
    }

    private string Page(string relative) => File.ReadAllText(Path.Join(_output, relative));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheBasicFixtureBuildsCleanAndEveryInternalLinkAndAnchorResolves(bool offline)
    {
        var files = await BuildClean(BasicInput, offline);

        var pages = files.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["404.html", "guides/getting-started/index.html", "guides/listening/index.html", "guides/notes/index.html",
             "guides/saying-sorry/index.html", "index.html", "quick-check/index.html", "search/index.html", "tags/apology/index.html", "tags/basics/index.html",
             "tags/communication/index.html", "tags/first-steps/index.html", "tags/index.html", "tags/listening/index.html",
             "tags/reference/index.html"],
            pages);
        var problems = LinkCheck.Problems(files);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(LinkCheck.InternalLinks(files) > 40, "the check looked at fewer links than the fixture has");
    }

    [Fact]
    public async Task TheBasicFixtureResolvesItsXrefsAndMarkdownLinks()
    {
        await BuildClean(BasicInput);

        var start = PageHtml.ArticleLinks(Page("guides/getting-started/index.html"));
        Assert.Contains(("../listening/", "Listening first"), start);
        Assert.Contains(("../saying-sorry/", "the guide on saying sorry"), start);
        Assert.Contains(("../listening/#checklist", "the listening checklist"), start);
        Assert.Contains(("../saying-sorry/#what-to-say", "What to say"), start);
        Assert.Contains(("../saying-sorry/", "Saying sorry"), start);
        Assert.Contains(("../listening/#reflect", "Listening"), start);
        Assert.Contains(("../notes/", "Notes"), start);

        var notes = PageHtml.ArticleLinks(Page("guides/notes/index.html"));
        Assert.Contains(("../getting-started/", "Getting started"), notes);
        Assert.Contains(("../saying-sorry/", "Saying sorry"), notes);
        Assert.Contains(("../saying-sorry/#what-to-say", "what to say"), notes);

        var sorry = PageHtml.ArticleLinks(Page("guides/saying-sorry/index.html"));
        Assert.Contains(("../notes/#phrases-to-drop", "Phrases to drop"), sorry);
        Assert.Contains(("../listening/#common-mistakes", "Common mistakes"), sorry);
    }

    [Fact]
    public async Task TheBasicFixtureRendersTablesFootnotesTaskListsAndAttributes()
    {
        await BuildClean(BasicInput);

        var start = PageHtml.Parse(Page("guides/getting-started/index.html"));
        Assert.Equal(3, start.QuerySelectorAll("article table tbody tr").Length);
        Assert.NotNull(start.GetElementById("a-word-on-timing"));

        var listening = PageHtml.Parse(Page("guides/listening/index.html"));
        Assert.NotNull(listening.QuerySelector("article .footnotes"));
        Assert.Equal(4, listening.QuerySelectorAll("article input[type=checkbox]").Length);
        Assert.Equal(2, listening.QuerySelectorAll("article input[type=checkbox][checked]").Length);
        Assert.Equal("checklist", listening.QuerySelector("h2.compact")?.Id);

        var notes = PageHtml.Parse(Page("guides/notes/index.html"));
        Assert.Equal("phrases-to-try", notes.QuerySelector("h2.tip")?.Id);
    }

    [Fact]
    public async Task TheBasicFixtureListsGuidesByOrderWithUnorderedGuidesLast()
    {
        await BuildClean(BasicInput);

        var home = PageHtml.Parse(Page("index.html"));

        Assert.Equal(
            ["Getting started", "Listening first", "Saying sorry", "Quick notes"],
            home.QuerySelectorAll("section[aria-labelledby=guides] .cards a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task TheNotFoundPageLinksFromTheBasePathSoItWorksAtAnyAddress()
    {
        var files = await BuildClean(BasicInput);

        var links = PageHtml.Parse(System.Text.Encoding.UTF8.GetString(files["404.html"]))
            .QuerySelectorAll("link[rel=stylesheet], a[href]:not([data-quick-exit])").Select(e => e.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
        // The quick exit leaves the site on purpose, for its absolute target.
        Assert.Contains("/guides-site/", links);
        Assert.All(links, href => Assert.StartsWith("/guides-site/", href, StringComparison.Ordinal));
        Assert.All(links, href => Assert.Contains(LinkCheck.FileOf(href["/guides-site/".Length..]), files.Keys));
    }

    [Fact]
    public async Task TheOfflineNotFoundPageLinksRelatively()
    {
        var files = await BuildClean(BasicInput, offline: true);

        var links = PageHtml.Parse(System.Text.Encoding.UTF8.GetString(files["404.html"]))
            .QuerySelectorAll("link[rel=stylesheet], a[href]").Select(e => e.GetAttribute("href")!).ToList();
        Assert.Contains("index.html", links);
        Assert.DoesNotContain(links, href => href.StartsWith('/'));
    }

    [Fact]
    public void TheIndependentLinkCheckFindsAMissingPageAndAMissingAnchor()
    {
        static byte[] Html(string body) => System.Text.Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{body}</body></html>");
        var files = new Dictionary<string, byte[]>
        {
            ["index.html"] = Html("<a href=\"guides/a/\">ok</a><a href=\"guides/a/#there\">ok</a><a href=\"guides/b/\">missing page</a>"),
            ["guides/a/index.html"] = Html("<h2 id=\"there\">There</h2><a href=\"../../#nope\">missing anchor</a><a href=\"https://example.org/\">out</a>"),
        };

        Assert.Equal(
            ["index.html: 'guides/b/' points at 'guides/b/index.html', which was not written",
             "guides/a/index.html: '../../#nope' points at '#nope', which 'index.html' does not have"],
            LinkCheck.Problems(files).OrderByDescending(p => p.StartsWith("index", StringComparison.Ordinal)));
        Assert.Equal(4, LinkCheck.InternalLinks(files));
    }

    [Fact]
    public async Task TheRealSiteBuildsWithoutErrorsOrWarnings()
    {
        var input = Path.Join(Repo.Root, "input");
        var report = await SiteBuilder.BuildAsync(new BuildOptions(input, _output, null, false, Repo.Themes), TestContext.Current.CancellationToken);

        // Warnings too: a danger word with no way to safety (MEND304) is one.
        Assert.True(report.Succeeded && report.Diagnostics.Count == 0, string.Join('\n', report.Diagnostics));
        var files = TestSite.Files(_output);
        Assert.Contains("index.html", files.Keys);
        Assert.Equal(
            Directory.EnumerateFiles(Path.Join(input, "guides"), "*.md").Count(),
            files.Keys.Count(f => f.StartsWith("guides/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal)));
        var problems = LinkCheck.Problems(files);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}

/// <summary>
/// An independent link check over built files: every internal href or src of every page must name an output
/// file, and every #anchor an element id on that file. Written here on purpose, not borrowed from the site.
/// </summary>
internal static class LinkCheck
{
    private static readonly string[] Attributes = ["href", "src"];

    public static List<string> Problems(IReadOnlyDictionary<string, byte[]> files) =>
        [.. Links(files).SelectMany(link => Check(link.Page, link.Url, files))];

    public static int InternalLinks(IReadOnlyDictionary<string, byte[]> files) => Links(files).Count();

    // 404.html is served at any address, so it links from the base path; its own test checks it.
    private static IEnumerable<(string Page, string Url)> Links(IReadOnlyDictionary<string, byte[]> files) =>
        from page in files.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html")
        let document = Parse(files[page])
        from element in document.QuerySelectorAll("[href], [src]")
        from attribute in Attributes
        let url = element.GetAttribute(attribute)
        where url is not null && IsInternal(url)
        select (page, url);

    private static IEnumerable<string> Check(string page, string url, IReadOnlyDictionary<string, byte[]> files)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
        var target = path.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(path));
        if (target is null || !files.ContainsKey(target))
        {
            yield return $"{page}: '{url}' points at '{target}', which was not written";
            yield break;
        }
        if (anchor.Length > 0 && Parse(files[target]).GetElementById(anchor) is null)
        {
            yield return $"{page}: '{url}' points at '#{anchor}', which '{target}' does not have";
        }
    }

    // Joins a relative URL to the folder of the page, resolving ./ and ../ by hand.
    private static string? Resolve(string page, string path)
    {
        if (path.StartsWith('/'))
        {
            return null; // root-relative links break under a base path; the site must not write them
        }
        var segments = new List<string>(page.Split('/')[..^1]);
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }
                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }
        return FileOf(string.Join('/', segments));
    }

    /// <summary>The output file a site-relative path names: a folder means its index.html.</summary>
    public static string FileOf(string path)
    {
        var file = path.Split('#')[0];
        return file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
    }

    private static bool IsInternal(string url) =>
        !url.StartsWith("//", StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(url, "^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private static IDocument Parse(byte[] html) => PageHtml.Parse(System.Text.Encoding.UTF8.GetString(html));
}
