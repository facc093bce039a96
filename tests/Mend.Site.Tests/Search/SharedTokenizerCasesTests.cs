using System.Text.Json;
using Mend.Site.Search;

namespace Mend.Site.Tests.Search;

/// <summary>The C# tokenizer against the cases search-text.js is also tested with (tests/js/search.test.js).</summary>
public sealed class SharedTokenizerCasesTests
{
    [Fact]
    public void EverySharedCaseTokenizesAsExpected()
    {
        var cases = JsonDocument.Parse(File.ReadAllText(Path.Join(Repo.Fixtures, "search", "tokenize.json"))).RootElement;
        var checkedCases = 0;
        foreach (var @case in cases.ValueKind == JsonValueKind.Array ? cases.EnumerateArray() : cases.GetProperty("cases").EnumerateArray())
        {
            var input = @case.GetProperty("input").GetString()!;
            var expected = @case.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToList();
            Assert.True(expected.SequenceEqual(SearchTokenizer.Tokens(input)),
                $"'{input}': expected [{string.Join(", ", expected)}], got [{string.Join(", ", SearchTokenizer.Tokens(input))}]");
            checkedCases++;
        }
        Assert.True(checkedCases >= 10, $"only {checkedCases} shared cases");
    }
}
