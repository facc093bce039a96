using Mend.Site.Catalogs;

namespace Mend.Site.Tests.Catalogs;

public sealed class FirstSentenceTests
{
    [Theory]
    [InlineData("I'm sorry. It won't happen again.", "I'm sorry.")]
    [InlineData("Can we talk? I miss you.", "Can we talk?")]
    [InlineData("That was unkind! I'm sorry.", "That was unkind!")]
    [InlineData("I'm sorry… I was wrong.", "I'm sorry…")]
    [InlineData("You said \"never again.\" I heard you.", "You said \"never again.\"")]
    [InlineData("I forgot (again.) I'm sorry.", "I forgot (again.)")]
    public void TheQuoteIsTheFirstSentenceWithItsClosingQuoteOrBracket(string words, string expected)
    {
        Assert.Equal(expected, FirstSentence.Of(words));
    }

    [Theory]
    [InlineData("I hear you", "I hear you")]
    [InlineData("It cost 3.50 and I'm sorry. More.", "It cost 3.50 and I'm sorry.")]
    [InlineData("See example.org for help. Then talk.", "See example.org for help.")]
    public void AStopInsideAWordDoesNotEndTheSentence(string words, string expected)
    {
        Assert.Equal(expected, FirstSentence.Of(words));
    }

    [Fact]
    public void LineBreaksAndRunsOfSpacesBecomeOneSpace()
    {
        Assert.Equal("I'm really sorry.", FirstSentence.Of("  I'm\n  really\t sorry.\r\n  Truly."));
    }

    [Fact]
    public void ANoBreakSpaceIsKept()
    {
        Assert.Equal("I owe you £\u00A020.", FirstSentence.Of("I owe you £\u00A020. Sorry."));
    }

    [Fact]
    public void NoWordsGiveNoQuote()
    {
        Assert.Equal("", FirstSentence.Of(" \n "));
    }

    [Fact]
    public void ASentenceOfExactlyTheLongestLengthIsKeptWhole()
    {
        var sentence = new string('a', FirstSentence.Longest - 3) + " b.";

        Assert.Equal(sentence, FirstSentence.Of(sentence + " Then more."));
    }

    [Fact]
    public void ALongSentenceIsCutAfterAWholeWordAndEndsInAnEllipsis()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("sorry", 40)) + ".";

        var quote = FirstSentence.Of(sentence + " Then more.");

        Assert.EndsWith("…", quote);
        Assert.True(quote.Length <= FirstSentence.Longest, $"{quote.Length} characters");
        Assert.True(quote.Length > FirstSentence.Longest - "sorry ".Length, $"only {quote.Length} characters");
        Assert.StartsWith(quote[..^1] + " ", sentence);
    }

    [Fact]
    public void PunctuationBeforeTheCutIsDropped()
    {
        var words = string.Join(' ', Enumerable.Repeat("sorry,", 40)) + ".";

        var quote = FirstSentence.Of(words);

        Assert.Matches("^(sorry, )*sorry…$", quote);
    }

    [Fact]
    public void AWordLongerThanTheQuoteIsKeptWhole()
    {
        var word = new string('a', FirstSentence.Longest + 10);

        Assert.Equal(word, FirstSentence.Of(word));
        Assert.Equal(word + "…", FirstSentence.Of(word + " and more words."));
    }
}
