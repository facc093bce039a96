using System.Collections.Immutable;
using Mend.Site.Html;
using Mend.Site.Search;

namespace Mend.Site.Tests.Search;

public sealed class SectionSplitterTests
{
    private static ImmutableArray<SearchSection> Split(string html) => SectionSplitter.Split(HtmlFragments.Parse(html)).Sections;

    [Fact]
    public void EachHeadingWithAnIdStartsASectionAndTheTextBeforeItIsTheIntroduction()
    {
        var sections = Split(
            "<p>Intro <em>text</em>.</p><h2 id=\"one\">One</h2><p>First.</p><ul><li>a</li><li>b</li></ul>"
            + "<h3 id=\"two\">Two <code>x</code></h3><p>Second.</p>");

        Assert.Equal(
            [new SearchSection("", "", "Intro text."),
             new SearchSection("one", "One", "First. a b"),
             new SearchSection("two", "Two x", "Second.")],
            sections);
    }

    [Fact]
    public void BacklinkListsAreNotPartOfTheSectionText()
    {
        var sections = Split(
            "<h2 id=\"one\">One</h2><p>Body.</p><details class=\"cited-by\"><summary>See</summary><ul><li>Other page</li></ul></details>");

        Assert.Equal("Body.", Assert.Single(sections).Text);
    }

    [Fact]
    public void AHeadingWithoutTextAfterItIsStillASection()
    {
        var sections = Split("<h2 id=\"a\">A</h2><h2 id=\"b\">B</h2><p>b.</p>");

        Assert.Equal(["a", "b"], sections.Select(s => s.Anchor));
        Assert.Equal("", sections[0].Text);
    }
}
