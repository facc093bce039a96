using Mend.Site.Safety;

namespace Mend.Site.Tests.Safety;

/// <summary>
/// The C# copy of search's light stemmer: each stem here is what <c>stem()</c> of search-text.js gives (run under node),
/// quirks included ("controlling" keeps its double l).
/// </summary>
public sealed class SearchStemTests
{
    [Theory]
    [InlineData("threatens", "threaten")]
    [InlineData("threatened", "threaten")]
    [InlineData("threatening", "threaten")]
    [InlineData("controlling", "controll")]
    [InlineData("controls", "control")]
    [InlineData("hits", "hit")]
    [InlineData("hitting", "hit")]
    [InlineData("hurts", "hurt")]
    [InlineData("apologising", "apolog")]
    [InlineData("apologize", "apolog")]
    [InlineData("lied", "lie")]
    [InlineData("stories", "stor")]
    [InlineData("gaslighting", "gaslight")]
    [InlineData("abused", "abus")]
    [InlineData("abuse", "abus")]
    [InlineData("frightened", "frighten")]
    [InlineData("me", "me")]
    [InlineData("scared", "scar")]
    [InlineData("x2s", "x2s")]
    public void GivesTheStemSearchGives(string word, string stem) => Assert.Equal(stem, SearchStem.Of(word));
}
