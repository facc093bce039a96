using Mend.Site.Core;
using Mend.Site.Markdown;

namespace Mend.Site.Tests.Markdown;

/// <summary>What <see cref="MendMarkdown.TryParse"/> refuses as nested too deeply, and where it says it goes too deep.</summary>
public sealed class MarkdownNestingTests
{
    private const int Limit = Limits.MarkdownNesting;

    private static (int Line, int Column)? TooDeep(string markdown) =>
        MendMarkdown.TryParse(markdown, out _, out var tooDeep) ? null : tooDeep;

    private static string Quotes(int depth) => new string('>', depth) + " text\n";

    private static string Lists(int depth) => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n"));

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    [Fact]
    public void NestingUpToTheLimitIsRead()
    {
        Assert.Null(TooDeep(Quotes(Limit)));
        Assert.Null(TooDeep(Lists(Limit)));
        Assert.Null(TooDeep(Repeat("*a ", Limit) + Repeat("b* ", Limit)));
        Assert.Null(TooDeep(Repeat("> - ", Limit / 2) + "text\n"));
    }

    [Theory]
    [InlineData(Limit + 1)]
    [InlineData(200)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void BlockQuotesPastTheLimitGoTooDeepAtTheFirstOneTooMany(int depth)
    {
        Assert.Equal((2, Limit + 1), TooDeep("\n" + Quotes(depth)));
    }

    [Theory]
    [InlineData(Limit + 1)]
    [InlineData(500)]
    public void ListsInsideListsPastTheLimitGoTooDeepAtTheFirstOneTooMany(int depth)
    {
        Assert.Equal((Limit + 1, (2 * Limit) + 1), TooDeep(Lists(depth)));
    }

    [Fact]
    public void QuotesAndListsCountTogether()
    {
        Assert.Equal((1, (4 * (Limit / 2)) + 1), TooDeep(Repeat("> - ", (Limit / 2) + 1) + "text\n"));
    }

    [Theory]
    [InlineData(Limit + 1)]
    [InlineData(5_000)]
    public void EmphasisInsideEmphasisPastTheLimitGoesTooDeepAtTheFirstOneTooMany(int depth)
    {
        Assert.Equal((1, (3 * Limit) + 1), TooDeep(Repeat("*a ", depth) + Repeat("b* ", depth) + "\n"));
    }

    [Theory]
    [InlineData("![", "](y)")]
    [InlineData("[", "")]
    public void BracketsInsideBracketsPastTheLimitGoTooDeep(string open, string close)
    {
        foreach (var depth in new[] { Limit + 1, 20_000 })
        {
            var tooDeep = TooDeep(Repeat(open, depth) + "x" + Repeat(close, depth) + "\n");

            Assert.True(tooDeep is (1, _), $"{depth} times '{open}x{close}' was read");
        }
    }

    [Fact]
    public void AParagraphWithMoreEmphasisMarksThanMarkdigReadsIsRefusedOnItsLine()
    {
        Assert.Equal(3, TooDeep("Intro.\n\n" + Repeat("*a* ", 20_000) + "\n")?.Line);
    }

    [Fact]
    public void NestingIsLookedForInTheWholeText()
    {
        Assert.Equal((5, Limit + 1), TooDeep("# Title\n\nText.\n\n" + Quotes(Limit + 1) + "\nMore text.\n"));
    }
}
