using System.Text.Json;
using Mend.Site.Safety;

namespace Mend.Site.Tests.Safety;

/// <summary>
/// The C# copy of search's stemmer against the stems search-text.js is also held to (tests/js/search.test.js), so that
/// the danger-word check (MEND304) and search cannot drift apart.
/// </summary>
public sealed class SharedStemCasesTests
{
    [Fact]
    public void EverySharedWordStemsAsSearchStemsIt()
    {
        var cases = JsonDocument.Parse(File.ReadAllText(Path.Join(Repo.Fixtures, "search", "stems.json"))).RootElement;
        var words = cases.EnumerateObject().ToList();

        Assert.True(words.Count >= 40, $"only {words.Count} shared words");
        Assert.All(words, word => Assert.Equal(word.Value.GetString(), SearchStem.Of(word.Name)));
    }
}
