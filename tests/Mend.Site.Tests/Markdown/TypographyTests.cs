using Mend.Site.Markdown;
using Mend.Site.Markdown.Typography;

namespace Mend.Site.Tests.Markdown;

public sealed class TypographyTests
{
    [Fact]
    public void StraightQuotesDashesAndDotsInMarkdownBecomeTypographicCharacters()
    {
        var html = Rendered.Html("She said \"I'm sorry\" -- and meant it... 'really'.\n");

        Assert.Contains("She said \u201CI\u2019m sorry\u201D \u2013 and meant it\u2026 \u2018really\u2019.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingTextHasTheCharactersThePageShowsButItsIdStaysAsBefore()
    {
        var heading = Assert.Single(MendMarkdown.Headings(Rendered.Document("## What's \"fair\" -- really\n")));

        Assert.Equal("What\u2019s \u201Cfair\u201D \u2013 really", heading.Text);
        Assert.Equal("whats-fair----really", heading.Id);
    }

    [Fact]
    public void QuotesRightInsideEmphasisAreCurledToo()
    {
        var html = Rendered.Html("- **\"I'm sorry if you were hurt.\"** The *if* doubts it.\n");

        Assert.Contains("<strong>\u201CI\u2019m sorry if you were hurt.\u201D</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeKeepsItsStraightQuotes()
    {
        Assert.Contains("<code>say \"hi\"</code>", Rendered.Html("Type `say \"hi\"` here.\n").Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("You're right, I forgot.", "You\u2019re right, I forgot.")]
    [InlineData("\"Typical,\" they said.", "\u201CTypical,\u201D they said.")]
    [InlineData("I said 'fine' -- I wasn't.", "I said \u2018fine\u2019 \u2013 I wasn\u2019t.")]
    [InlineData("Wait --- no...", "Wait \u2014 no\u2026")]
    [InlineData("(\"quoted\")", "(\u201Cquoted\u201D)")]
    [InlineData("", "")]
    public void PlainTextGetsTheSameCharactersAsMarkdown(string plain, string expected) =>
        Assert.Equal(expected, TypographicText.Of(plain));
}
