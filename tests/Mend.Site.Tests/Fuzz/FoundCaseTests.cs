namespace Mend.Site.Tests.Fuzz;

/// <summary>
/// Builds every site the fuzzer once broke the oracle with, kept minimised under tests/fixtures/fuzz/found/NAME/
/// (a whole input folder, with a README.md that says what it broke), with the same oracle as the fuzz test.
/// </summary>
public sealed class FoundCaseTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases =>
        Directory.EnumerateDirectories(FuzzWorkspace.FoundFolder)
            .Select(folder => Path.GetFileName(folder))
            .Order(StringComparer.Ordinal)
            .Select(name => new TheoryDataRow<string>(name) { Skip = KnownBugs.SkipReason(name) });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BuildsWithoutBreakingTheOracle(string name)
    {
        using var workspace = new FuzzWorkspace();
        await workspace.ResetOutputAsync();

        var (_, problems) = await BuildOracle.CheckAsync(Path.Join(FuzzWorkspace.FoundFolder, name), workspace.Output);

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Fact]
    public void EveryFoundCaseSaysWhatItBroke()
    {
        var undocumented = Directory.EnumerateDirectories(FuzzWorkspace.FoundFolder)
            .Where(folder => !File.Exists(Path.Join(folder, "README.md")))
            .Select(Path.GetFileName);

        Assert.Empty(undocumented);
    }
}
