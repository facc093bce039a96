using System.Globalization;
using System.Text.RegularExpressions;

namespace Mend.Site.Tests.Cli;

/// <summary>
/// <c>mend new</c>, run as a process from a folder with no themes folder, as an author with the installed tool
/// would: the new site, and what is added to it, build with the theme built into mend.
/// </summary>
public sealed partial class NewCommandTests : IDisposable
{
    // A folder with nothing in it but what the test writes: no themes folder beside the site or in the working folder.
    private readonly string _root = Path.Join(Path.GetTempPath(), "mend-new-tests", Guid.NewGuid().ToString("N"));

    public NewCommandTests() => Directory.CreateDirectory(_root);

    private string Site => Path.Join(_root, "site");

    private string Input => Path.Join(Site, "input");

    private static string Today => DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(int ExitCode, string Stdout, string Stderr)> Mend(params string[] arguments) =>
        await MendProcess.Run(_root, arguments);

    /// <summary>Runs a command that must succeed, and returns what it printed.</summary>
    private async Task<string> MendOk(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await Mend(arguments);
        Assert.True(exitCode == 0, $"mend {string.Join(' ', arguments)} exited with {exitCode}:\n{stdout}\n{stderr}");
        return stdout;
    }

    /// <summary>Builds the site into site/output and asserts no error or warning.</summary>
    private async Task BuildClean()
    {
        var (exitCode, stdout, stderr) = await Mend("build", "--input", Input, "--output", Path.Join(Site, "output"));
        Assert.True(exitCode == 0 && stderr.Length == 0, $"the build exited with {exitCode}:\n{stdout}\n{stderr}");
    }

    private bool Built(string page) => File.Exists(Path.Join(Site, "output", page, "index.html"));

    /// <summary>The line that "path:LINE" at the end of what <c>mend new</c> printed points to.</summary>
    private string LinePrinted(string stdout)
    {
        var match = PrintedPlace().Match(stdout.Trim());
        Assert.True(match.Success, $"no path:line in: {stdout}");
        return File.ReadAllLines(Path.Combine(_root, match.Groups["path"].Value))[int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) - 1];
    }

    [Fact]
    public async Task ANewSiteBuildsWithTheBuiltInThemeWithNoErrorOrWarning()
    {
        var stdout = await MendOk("new", "site", Site);

        Assert.Contains("mend build --input", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Join(Site, "README.md")));
        Assert.False(Directory.Exists(Path.Join(Site, "themes")));
        Assert.Contains($"updated: {Today}", File.ReadAllText(Path.Join(Input, "guides", "start-here.md")), StringComparison.Ordinal);
        await BuildClean();
        Assert.True(File.Exists(Path.Join(Site, "output", "index.html")));
        Assert.True(Built("guides/start-here"));
        Assert.True(Built("ruptures/missed-call"));
        Assert.NotEmpty(Directory.GetFiles(Path.Join(Site, "output", "assets"), "site*.css"));
    }

    [Fact]
    public async Task AGuideAnEntryAndAChallengeAddedToANewSiteBuild()
    {
        await MendOk("new", "site", Site);
        var catalog = Path.Join(Input, "catalogs", "ruptures.yml");
        var before = File.ReadAllText(catalog);

        var guide = await MendOk("new", "guide", "talking-again", "--input", Input, "--title", "Talking \"again\"");
        var entry = await MendOk("new", "entry", "late-again", "--input", Input);
        var challenge = await MendOk("new", "challenge", "--input", Input);

        Assert.Contains(Path.Join("site", "input", "guides", "talking-again.md"), guide, StringComparison.Ordinal);
        var guideText = File.ReadAllText(Path.Join(Input, "guides", "talking-again.md"));
        Assert.Contains($"updated: {Today}\n", guideText, StringComparison.Ordinal);
        Assert.Equal("  - id: late-again", LinePrinted(entry));
        Assert.StartsWith(before, File.ReadAllText(catalog), StringComparison.Ordinal);
        Assert.Equal("  - id: new-challenge", LinePrinted(challenge));
        await BuildClean();
        Assert.Contains("Talking “again”", File.ReadAllText(Path.Join(Site, "output", "guides", "talking-again", "index.html")), StringComparison.Ordinal);
        Assert.True(Built("ruptures/late-again"));
        Assert.True(Built("challenges/new-challenge"));
    }

    [Fact]
    public async Task EveryYamlFileOfANewSiteNamesItsSchemaWhichTheSiteHoldsAndIsValidAgainstIt()
    {
        await MendOk("new", "site", Site);
        await MendOk("new", "challenge", "--input", Input);
        const string Comment = "# yaml-language-server: $schema=";

        var files = Directory.EnumerateFiles(Input, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(Input, file).Replace('\\', '/');
            var firstLine = text.Split('\n')[0];
            Assert.StartsWith(Comment, firstLine, StringComparison.Ordinal);
            var schema = Path.GetFullPath(Path.Join(Path.GetDirectoryName(file), firstLine[Comment.Length..]));
            Assert.Equal(File.ReadAllText(Schemas.SchemaFiles.PathOf(Path.GetFileName(schema).Replace(".schema.json", "", StringComparison.Ordinal))), File.ReadAllText(schema));
            Assert.Empty(Schemas.SchemaFiles.Problems(relative, text));
        }
        Assert.Empty(Schemas.SchemaFiles.Problems("guides/start-here.md", File.ReadAllText(Path.Join(Input, "guides", "start-here.md"))));
    }

    [Fact]
    public async Task AnEntryGoesAfterTheLastEntryAndTheRestOfTheCatalogStaysAsItWas()
    {
        await MendOk("new", "site", Site);
        var catalog = Path.Join(Input, "catalogs", "ruptures.yml");
        const string Head = """
            kind: ruptures
            id: ruptures
            title: Ruptures
            summary: Some ruptures.
            entries:
            - id: first
              title: First
              severity: minor
              scenario: What happened.
              impact: >-
                What it did,
                over two lines.
              repair: { say: "Sorry." }
              steps:
              - start-here#say-sorry  # a comment on the last line of the entries

            """;
        const string Tail = """
            # A comment after the entries.
            severities:
              - id: minor
                title: Small hurts

            """;
        File.WriteAllText(catalog, Head + Tail);

        var stdout = await MendOk("new", "entry", "second", "--input", Input, "--title", "Second");

        var text = File.ReadAllText(catalog);
        Assert.Equal("- id: second", LinePrinted(stdout));
        Assert.StartsWith(Head + "- id: second\n  title: \"Second\"\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\n" + Tail, text, StringComparison.Ordinal);
        await BuildClean();
        Assert.True(Built("ruptures/second"));
    }

    [Fact]
    public async Task ANewSiteIsNotWrittenIntoAFolderThatHasFiles()
    {
        Directory.CreateDirectory(Site);
        File.WriteAllText(Path.Join(Site, "notes.txt"), "mine");

        var (exitCode, _, stderr) = await Mend("new", "site", Site);

        Assert.Equal(2, exitCode);
        Assert.Contains("is not an empty folder", stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Site).Select(Path.GetFileName));
    }

    [Fact]
    public async Task AnIdThatIsTakenOrInvalidIsRefusedAndNothingChanges()
    {
        await MendOk("new", "site", Site);
        var catalog = File.ReadAllText(Path.Join(Input, "catalogs", "ruptures.yml"));
        var guide = File.ReadAllText(Path.Join(Input, "guides", "start-here.md"));

        var takenGuide = await Mend("new", "guide", "start-here", "--input", Input);
        var takenEntry = await Mend("new", "entry", "missed-call", "--input", Input);
        var invalid = await Mend("new", "challenge", "Not_An_Id", "--input", Input);

        Assert.Equal((2, 2, 2), (takenGuide.ExitCode, takenEntry.ExitCode, invalid.ExitCode));
        Assert.Contains("already exists", takenGuide.Stderr, StringComparison.Ordinal);
        Assert.Contains("'missed-call' is already used", takenEntry.Stderr, StringComparison.Ordinal);
        Assert.Contains("must be lower-case words joined by hyphens", invalid.Stderr, StringComparison.Ordinal);
        Assert.Equal(catalog, File.ReadAllText(Path.Join(Input, "catalogs", "ruptures.yml")));
        Assert.Equal(guide, File.ReadAllText(Path.Join(Input, "guides", "start-here.md")));
        Assert.False(File.Exists(Path.Join(Input, "catalogs", "challenges.yml")));
    }

    [Fact]
    public async Task WithTwoCatalogsOfTheKindTheCatalogMustBeNamed()
    {
        await MendOk("new", "site", Site);
        var second = File.ReadAllText(Path.Join(Input, "catalogs", "ruptures.yml"))
            .Replace("id: ruptures", "id: more-ruptures", StringComparison.Ordinal).Replace("id: missed-call", "id: missed-visit", StringComparison.Ordinal);
        File.WriteAllText(Path.Join(Input, "catalogs", "more-ruptures.yml"), second);

        var unnamed = await Mend("new", "entry", "--input", Input);
        var named = await MendOk("new", "entry", "--input", Input, "--catalog", "more-ruptures");

        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("choose one with --catalog", unnamed.Stderr, StringComparison.Ordinal);
        Assert.Contains(Path.Join("catalogs", "more-ruptures.yml"), named, StringComparison.Ordinal);
        await BuildClean();
        Assert.True(Built("more-ruptures/new-entry"));
    }

    [Fact]
    public async Task VersionPrintsTheToolsVersion()
    {
        var stdout = await MendOk("--version");

        Assert.Matches(@"^\d+\.\d+\.\d+(\+[0-9a-f]+)?$", stdout.Trim());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [GeneratedRegex(@"(?<path>\S+):(?<line>\d+)$")]
    private static partial Regex PrintedPlace();
}
