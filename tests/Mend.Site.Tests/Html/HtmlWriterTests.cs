using Mend.Site.Html;
using Mend.Site.Markdown;
using Mend.Site.Tests.Markdown;

namespace Mend.Site.Tests.Html;

public sealed class HtmlWriterTests
{
    [Theory]
    [InlineData("<p>One <a href=\"x?a=1&amp;b=&quot;2&quot;\">link</a> &lt; &amp; &gt;.</p>\n<h2 id=\"a\">A</h2>\n")]
    [InlineData("<pre>\n\nfirst line is blank</pre><textarea>\nx</textarea><pre>no blank</pre>")]
    [InlineData("<script>if (a < b && c) { x = \"</p>\"; }</script><style>p > a { color: red; }</style>")]
    [InlineData("<!-- a comment --><br><img src=\"a.png\" alt=\"\"><hr><input type=\"checkbox\" disabled=\"disabled\">")]
    [InlineData("<ul>\n<li>one<ul><li>two</li></ul></li>\n<li></li>\n</ul>\n<table><tr><td>a</td></tr></table>")]
    [InlineData("<template><p>inside</p></template><svg><path d=\"M0 0\"/><circle r=\"1\"></circle></svg>")]
    [InlineData("text only &nbsp; with\u00a0spaces")]
    [InlineData("")]
    public void WritesWhatAngleSharpWrites(string html)
    {
        var container = HtmlFragments.Parse(html);

        Assert.Equal(container.InnerHtml, HtmlWriter.InnerHtml(container));
    }

    [Fact]
    public void WritesEveryGuideOfTheSiteAsAngleSharpDoes()
    {
        foreach (var guide in Directory.EnumerateFiles(Path.Join(Repo.Root, "input", "guides"), "*.md"))
        {
            var container = HtmlFragments.Parse(Rendered.Html(FrontMatter.Split(File.ReadAllText(guide))!.Body));

            Assert.Equal(container.InnerHtml, HtmlWriter.InnerHtml(container));
        }
    }

    // AngleSharp's writer looks for each childless node's next sibling from its parent's first child: this took
    // minutes. How the time grows with a guide's size is measured by bench/run --guide-sizes.
    [Fact]
    public async Task AFragmentOfHundredsOfThousandsOfParagraphsIsWrittenWithoutHanging()
    {
        var container = HtmlFragments.Parse(string.Concat(Enumerable.Repeat("<p>a</p>\n", 300_000)));

        var html = await Task.Run(() => HtmlFragments.Serialize(container), TestContext.Current.CancellationToken);

        Assert.Equal(300_000 * "<p>a</p>\n".Length, html.Length);
    }

    [Fact]
    public void RawHtmlNestedDeeperThanTheStackIsWritten()
    {
        const int depth = 100_000;
        var container = HtmlFragments.Parse(string.Concat(Enumerable.Repeat("<span>", depth)));

        Assert.Equal(depth * "<span></span>".Length, HtmlWriter.InnerHtml(container).Length);
    }
}
