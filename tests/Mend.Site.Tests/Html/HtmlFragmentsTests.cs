using Mend.Site.Html;

namespace Mend.Site.Tests.Html;

public sealed class HtmlFragmentsTests
{
    [Fact]
    public void AFragmentIsParsedIntoABodyElementOfItsOwnAndWrittenBackAsItWas()
    {
        const string html = "<p>One <a href=\"x\">link</a>.</p>\n<h2 id=\"a\">A</h2>\n<pre><code>x &lt; y\n</code></pre>\n";

        var container = HtmlFragments.Parse(html);

        Assert.Equal("body", container.LocalName);
        Assert.Equal(["p", "h2", "pre"], container.Children.Select(e => e.LocalName));
        Assert.Equal(html, HtmlFragments.Serialize(container));
    }

    [Fact]
    public void EachParseStartsEmptyWhateverTheOnesBeforeItHeldOrWereChanged()
    {
        var first = HtmlFragments.Parse("<p>First.</p>");
        first.AppendChild(first.Owner!.CreateElement("hr"));

        var second = HtmlFragments.Parse("<p>Second.</p>");

        Assert.NotSame(first, second);
        Assert.Equal("<p>Second.</p>", HtmlFragments.Serialize(second));
        Assert.Equal("<p>First.</p><hr>", HtmlFragments.Serialize(first));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<body>")]
    public void HtmlWithNoNodesGivesAnEmptyContainer(string html)
    {
        var container = HtmlFragments.Parse(html);

        Assert.Equal("body", container.LocalName);
        Assert.Equal("", HtmlFragments.Serialize(container));
    }

    [Fact]
    public void EditSerialisesWhatTheEditLeaves()
    {
        var html = HtmlFragments.Edit("<p>a</p><p>b</p>", container => container.RemoveChild(container.FirstChild!));

        Assert.Equal("<p>b</p>", html);
    }
}
