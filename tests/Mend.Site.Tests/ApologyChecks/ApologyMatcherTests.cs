using System.Text.Json;
using Mend.Pipeline;
using Mend.Site.ApologyChecks;

namespace Mend.Site.Tests.ApologyChecks;

/// <summary>
/// The C# matching, with the site's real checks, against the cases the browser's apology-check.js is also tested
/// with; and the copy of the checks those cases carry for the node test is the real file's.
/// </summary>
public sealed class ApologyMatcherTests
{
    private static readonly string CasesFile = Path.Join(Repo.Fixtures, "apology-checks", "cases.json");

    private static readonly string ChecksFile = Path.Join(Repo.Root, "input", ApologyChecksReader.FileName);

    private static JsonElement Fixture() => JsonDocument.Parse(File.ReadAllText(CasesFile)).RootElement;

    private static ApologyCheckList RealChecks()
    {
        var diagnostics = new List<Diagnostic>();
        var checks = ApologyChecksReader.Read(ChecksFile, File.ReadAllText(ChecksFile), diagnostics);
        Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
        return checks!;
    }

    public static TheoryData<string> Cases() =>
        [.. Fixture().GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheSharedCaseFindsWhatItSays(string name)
    {
        var @case = Fixture().GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

        var result = ApologyMatcher.Check(RealChecks().Checks, @case.GetProperty("text").GetString()!);

        Assert.Equal(Ids(@case.GetProperty("found")), result.Found.Order(StringComparer.Ordinal));
        Assert.Equal(Ids(@case.GetProperty("missing")), result.Missing.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ThereAreAtLeastFortyCasesThatFindEveryCheckAndLackEveryPart()
    {
        var cases = Fixture().GetProperty("cases").EnumerateArray().ToList();
        var found = cases.SelectMany(c => Ids(c.GetProperty("found"))).ToHashSet();
        var missing = cases.SelectMany(c => Ids(c.GetProperty("missing"))).ToHashSet();

        Assert.True(cases.Count >= 40, $"{cases.Count} cases");
        Assert.Equal(RealChecks().Patterns.Select(c => c.Id).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Equal(RealChecks().Missing.Select(c => c.Id).Order(StringComparer.Ordinal), missing.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCasesCarryTheRealChecksForTheNodeTest()
    {
        var copy = Fixture().GetProperty("checks").EnumerateArray()
            .Select(c => $"{c.GetProperty("id").GetString()} {c.GetProperty("kind").GetString()}: "
                + string.Join(" | ", c.GetProperty("patterns").EnumerateArray().Select(p => p.GetString())));
        var real = RealChecks().Checks.Select(c => $"{c.Id} {c.Kind}: {string.Join(" | ", c.Patterns.Select(p => p.Text))}");

        // When this fails, copy the id, kind and patterns of each check of input/apology-checks.yml into cases.json.
        Assert.Equal(real, copy);
    }

    [Fact]
    public void WordsAreLowerCaseAsciiRunsWithApostrophesInsideKeptAndAtTheEndsDropped()
    {
        Assert.Equal([["don't", "go"], ["caf", "ok"]], ApologyWords.Sentences("'Don\u2019t' GO! Caf\u00e9, ok?"));
    }

    private static IEnumerable<string> Ids(JsonElement list) =>
        list.EnumerateArray().Select(id => id.GetString()!).Order(StringComparer.Ordinal);
}
