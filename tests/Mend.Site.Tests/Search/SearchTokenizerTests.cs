using Mend.Site.Search;

namespace Mend.Site.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Theory]
    [InlineData("Café au lait", new[] { "cafe", "au", "lait" })]
    [InlineData("Don't STOP", new[] { "dont", "stop" })]
    [InlineData("It’s their ‘turn’", new[] { "its", "their", "turn" })]
    [InlineData("step-by-step: 7 steps", new[] { "step", "by", "step", "7", "steps" })]
    [InlineData("  \n\t ", new string[0])]
    [InlineData("'quoted'", new[] { "quoted" })]
    [InlineData("naïve Zoë", new[] { "naive", "zoe" })]
    public void TokensAreFoldedLowerCaseWordsWithApostrophesDropped(string text, string[] expected) =>
        Assert.Equal(expected, SearchTokenizer.Tokens(text));
}
