using AngleSharp.Html.Parser;
using Mend.Site.Html;

namespace Mend.Site.Tests.Html;

/// <summary>
/// <see cref="PageLinks"/> reads links and ids with a fast scanner, or with the tokenizer alone when a page is not
/// plain; these tests hold both to what the same page gives when parsed into a tree and queried with selectors, which
/// is how the link check used to read pages, and check that every page of the real site takes the fast way.
/// </summary>
public sealed class PageLinksTests
{
    private static readonly (string Selector, string Attribute, bool IsResource)[] Selectors =
    [
        ("a[href]", "href", false),
        ("link[href][rel~=stylesheet], link[href][rel~=icon], link[href][rel~=preload], link[href][rel~=manifest]", "href", true),
        ("script[src]", "src", true),
        ("img[src]", "src", true),
        ("source[src]", "src", true),
        ("iframe[src]", "src", true),
        ("form[action]", "action", false),
    ];

    private static (List<(string, bool)> Links, List<string> Ids) FromTree(string html)
    {
        using var page = new HtmlParser().ParseDocument(html);
        var links = Selectors.SelectMany(s => page.QuerySelectorAll(s.Selector).Select(e => (e.GetAttribute(s.Attribute)!, s.IsResource)));
        return ([.. links.Order()], [.. page.QuerySelectorAll("[id]").Select(e => e.Id!).Distinct().Order(StringComparer.Ordinal)]);
    }

    private static void AssertSameAsTree(string html)
    {
        var expected = FromTree(html);
        foreach (var found in new[] { PageLinks.Of(html), PageLinks.Tokenized(html), PageLinks.Scanned(html) }.OfType<PageLinks>())
        {
            Assert.Equal(expected.Links, [.. found.Links.Order()]);
            Assert.Equal(expected.Ids, [.. found.Ids.Order(StringComparer.Ordinal)]);
        }
    }

    [Theory]
    [InlineData("<a href=\"x/\">x</a><a>no href</a><A HREF='Y.html#top' id=one>y</A>")]
    [InlineData("<p id=\"a\">1</p><p id=\"a\">repeated</p><div id=\"\">empty</div><span id=b id=c>first wins</span>")]
    [InlineData("<script>document.write('<a href=\"fake\">')</script><a href=\"real\">r</a>")]
    [InlineData("<style>a[href='fake'] { color: red }</style><textarea><a href=\"fake\"></textarea><title><img src=x></title>")]
    [InlineData("<!-- <a href=\"commented\"> --><a href=\"a&amp;b?c=1&quot;\">entities</a><img src=\"i.png\" alt=\"\">")]
    [InlineData("<link rel=\"stylesheet\" href=\"s.css\"><link rel=\"canonical\" href=\"https://x.test/\"><link rel=\"ICON preload\" href=\"i.svg\">")]
    [InlineData("<form action=\"search/\" method=\"get\"><input name=q></form><iframe src=\"f.html\"></iframe><picture><source src=\"p.webp\"></picture>")]
    [InlineData("<svg><a href=\"svg-link\" id=\"in-svg\"><circle id=\"c1\"/></a></svg><math><mi id=\"m\">x</mi></math>")]
    [InlineData("<!DOCTYPE html><html lang=en><body class=a data-x = 'y' hidden><a href = \"spaced\" id=s/>x</a><br/><img src=u.png />")]
    [InlineData("<p>1 < 2 and 3<4, <3 </p><a href=\"x?a=1&amp;b=&lt;&gt;&#39;\">amp</a><title>1 < 2</title><a href=t>t</a>")]
    public void ReadsWhatTheTreeReads(string html)
    {
        Assert.NotNull(PageLinks.Scanned(html));
        AssertSameAsTree(html);
    }

    [Theory]
    [InlineData("<!--><a href=\"after-abrupt-comment\">a</a>")]
    [InlineData("<!-- a --!><a href=\"after-bang\">a</a>")]
    [InlineData("<script><!--<script>document.write('</script><a href=\"in-script\">')--></script><a href=\"x\">x</a>")]
    [InlineData("<svg><![CDATA[<a href=\"cdata\">]]></svg><a href=\"y\">y</a>")]
    [InlineData("<a href=\"a&nbsp;b&copy\">named entities</a>")]
    [InlineData("<a href=x\"y>unquoted with a quote</a><a href=\"z\">z</a>")]
    [InlineData("<a href=\"one\r\ntwo\">carriage return</a>")]
    [InlineData("<a href=\"unclosed")]
    [InlineData("<?php echo 1 ?><a href=\"p\">p</a>")]
    [InlineData("<a =\"odd\" href=\"o\">o</a></a title=\">\">")]
    [InlineData("<plaintext><a href=\"never\">")]
    public void LeavesWhatIsNotPlainToTheTokenizer(string html)
    {
        Assert.Null(PageLinks.Scanned(html));
        AssertSameAsTree(html);
    }

    [Fact]
    public async Task ReadsEveryPageOfTheRealSiteAsTheTreeDoes()
    {
        var output = Directory.CreateTempSubdirectory("mend-page-links-");
        try
        {
            var report = await SiteBuilder.BuildAsync(
                new BuildOptions(Path.Join(Repo.Root, "input"), Path.Join(output.FullName, "site"), ThemesDirectory: Repo.Themes),
                TestContext.Current.CancellationToken);
            Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));

            var pages = Directory.GetFiles(output.FullName, "*.html", SearchOption.AllDirectories);
            Assert.True(pages.Length > 100, $"only {pages.Length} pages");
            foreach (var page in pages)
            {
                var html = await File.ReadAllTextAsync(page, TestContext.Current.CancellationToken);
                Assert.True(PageLinks.Scanned(html) is not null, $"{page} is not read by the fast scanner");
                AssertSameAsTree(html);
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
