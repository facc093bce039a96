using System.Text.RegularExpressions;

namespace Mend.Site.Tests.Docs;

/// <summary>docs/errors.md has an entry for every diagnostic code the source can report, and for no other.</summary>
public sealed partial class ErrorReferenceTests
{
    private static readonly string Reference = Path.Join(Repo.Root, "docs", "errors.md");

    [GeneratedRegex(@"\bMEND\d{3}\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"^## (MEND\d{3})\s*$", RegexOptions.Multiline)]
    private static partial Regex Entry();

    private static SortedSet<string> CodesInSource() =>
        new(RepositoryFiles.Under("src")
                .Where(path => path.EndsWith(".cs", StringComparison.Ordinal))
                .SelectMany(path => Code().Matches(File.ReadAllText(path)).Select(m => m.Value)),
            StringComparer.Ordinal);

    private static List<string> Entries() =>
        [.. Entry().Matches(File.ReadAllText(Reference)).Select(m => m.Groups[1].Value)];

    [Fact]
    public void TheSourceReportsCodes()
    {
        // Guards the scan itself: were it to find nothing, every other test here would pass.
        Assert.Contains("MEND101", CodesInSource());
    }

    [Fact]
    public void EveryCodeInTheSourceHasAnEntry()
    {
        var missing = CodesInSource().Except(Entries()).ToList();

        Assert.True(missing.Count == 0,
            $"docs/errors.md has no '## CODE' entry for {string.Join(", ", missing)}: add one with what it means, an example and the fix");
    }

    [Fact]
    public void EveryEntryIsACodeTheSourceHas()
    {
        var unknown = Entries().Except(CodesInSource()).ToList();

        Assert.True(unknown.Count == 0,
            $"docs/errors.md has entries for {string.Join(", ", unknown)}, which no file under src/ reports: remove them");
    }

    [Fact]
    public void EachEntrySaysWhatItMeansShowsAnExampleAndTheFix()
    {
        var text = File.ReadAllText(Reference).Replace("\r\n", "\n", StringComparison.Ordinal);
        var starts = Entry().Matches(text).ToList();
        var incomplete = new List<string>();
        for (var index = 0; index < starts.Count; index++)
        {
            var end = index + 1 < starts.Count ? starts[index + 1].Index : text.Length;
            var body = text[(starts[index].Index + starts[index].Length)..end].Trim();
            if (!(body.StartsWith("Error:", StringComparison.Ordinal) || body.StartsWith("Warning:", StringComparison.Ordinal))
                || !body.Contains("```", StringComparison.Ordinal)
                || !body.Contains("\nFix:", StringComparison.Ordinal))
            {
                incomplete.Add(starts[index].Groups[1].Value);
            }
        }

        Assert.True(incomplete.Count == 0,
            $"docs/errors.md: the entries for {string.Join(", ", incomplete)} must start 'Error:' or 'Warning:' (what it means), show an example in a ``` block, and have a line starting 'Fix:'");
    }

    [Fact]
    public void EachCodeHasOneEntryInOrder()
    {
        var entries = Entries();

        Assert.Equal(entries.Distinct().Order(StringComparer.Ordinal), entries);
    }
}
