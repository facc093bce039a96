using Mend.Site.Safety;

namespace Mend.Site.Tests.Safety;

/// <summary>A text's words as search tokens, each at the line and column where it starts.</summary>
public sealed class WrittenWordsTests
{
    [Fact]
    public void EachTokenIsAtItsWordsStartOnItsLine()
    {
        var words = WrittenWords.Of("He won't  *Stop*.\r\nCafé, 2x\rend").ToList();

        Assert.Equal(
            [("he", 1, 1), ("wont", 1, 4), ("stop", 1, 12), ("cafe", 2, 1), ("2x", 2, 7), ("end", 3, 1)],
            words.Select(w => (w.Token, w.Line, w.Column)));
        Assert.Equal("won't", words[1].Written);
    }
}
