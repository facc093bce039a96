using System.Text.RegularExpressions;

namespace Mend.Site.Tests.Cli;

/// <summary>Runs the real <c>mend</c> command as a process, as an author or CI would.</summary>
public sealed partial class BuildCommandTests
{
    private static Task<(int ExitCode, string Stdout, string Stderr)> Mend(string workingDirectory, params string[] arguments) =>
        MendProcess.Run(workingDirectory, arguments);

    private static string[] Build(TestSite site) =>
        ["build", "--input", site.Input, "--output", site.Output, "--themes", Repo.Themes];

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task VerbosePrintsEachPhaseItsHeapThePeakMemoryTheSlowestModulesAndTheDocumentsPerPipeline()
    {
        using var site = TestSite.With(("guides/a.md", GuideText.Of("A")), ("guides/b.md", GuideText.Of("B")));

        var (exitCode, stdout, _) = await Mend(site.Root, [.. Build(site), "--verbose"]);

        Assert.Equal(0, exitCode);
        var lines = Lines(stdout);
        Assert.Equal("Phases (time, then managed heap at the end):", lines[0]);
        Assert.Equal(["Input", "Process", "PostProcess", "Output"], lines[1..5].Select(l => l.Split(' ')[0]));
        Assert.All(lines[1..5], l => Assert.Matches(@"\s\d+ ms\s+\d+ MB$", l));
        Assert.Matches(@"^Peak memory \(resident set\): [1-9]\d* MB$", lines[5]);
        Assert.Matches(@"^Garbage collections: \d+ \(generation 1: \d+, 2: \d+\), paused \d+ ms, \d+ MB allocated$", lines[6]);
        Assert.StartsWith("Slowest modules (of ", lines[7], StringComparison.Ordinal);
        var slowest = lines.Skip(8).TakeWhile(l => !l.StartsWith("Documents per pipeline", StringComparison.Ordinal)).ToList();
        Assert.InRange(slowest.Count, 1, 10);
        Assert.All(slowest, l => Assert.Matches(@"^\d+ ms  \w+Pipeline/(Input|Process|PostProcess|Output)/\w+ \(\d+ documents\)$", l));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^GuidesPipeline\s+2$"));
        Assert.StartsWith("Built ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoodBuildExitsWithZeroAndPrintsOneSummaryLine()
    {
        using var site = TestSite.With(("guides/a.md", GuideText.Of("A")), ("guides/b.md", GuideText.Of("B")));

        var (exitCode, stdout, stderr) = await Mend(site.Root, Build(site));

        Assert.True(exitCode == 0, stderr);
        var line = Assert.Single(Lines(stdout));
        Assert.StartsWith("Built 5 pages", line, StringComparison.Ordinal);
        Assert.Equal("", stderr);
        Assert.True(File.Exists(Path.Join(site.Output, "guides", "b", "index.html")));
    }

    [Fact]
    public async Task QuietPrintsNothingOnSuccessAndStillPrintsErrors()
    {
        using var good = TestSite.With(("guides/a.md", GuideText.Of("A")));
        var (goodExit, goodOut, goodErr) = await Mend(good.Root, [.. Build(good), "--quiet"]);
        Assert.Equal((0, "", ""), (goodExit, goodOut, goodErr));

        using var bad = TestSite.With(("guides/a.md", GuideText.Of("A", "[x](xref:missing)\n")));
        var (badExit, badOut, badErr) = await Mend(bad.Root, [.. Build(bad), "--quiet"]);
        Assert.Equal(1, badExit);
        Assert.Equal("", badOut);
        Assert.Contains("error MEND201", badErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerboseAndQuietTogetherAreAUsageError()
    {
        using var site = TestSite.With(("guides/a.md", GuideText.Of("A")));

        var (exitCode, _, stderr) = await Mend(site.Root, [.. Build(site), "--quiet", "--verbose"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("--verbose and --quiet", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentErrorsExitWithOneAndPrintEachErrorWithItsPositionAndNoStackTrace()
    {
        var text = "---\ntitle: A\nsummary: S\n---\nSee [x](xref:nowhere).\n";
        using var site = TestSite.With(("guides/a.md", text), ("guides/b.md", "---\ntitle: B\nsummary: S\ncolour: red\n---\n"));

        var (exitCode, stdout, stderr) = await Mend(site.Root, Build(site));

        Assert.Equal(1, exitCode);
        var lines = Lines(stderr);
        Assert.Contains($"{site.PathOf("guides/b.md")}:4:1: error MEND103: ", stderr, StringComparison.Ordinal);
        Assert.Contains(lines, line => DiagnosticLine().IsMatch(line));
        Assert.DoesNotContain(stderr.Split('\n'), line => line.StartsWith("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Built", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task AnUnknownXrefIsPrintedAtTheLinksPosition()
    {
        var text = "---\ntitle: A\nsummary: S\n---\nSee [x](xref:nowhere).\n";
        using var site = TestSite.With(("guides/a.md", text));

        var (exitCode, _, stderr) = await Mend(site.Root, Build(site));

        Assert.Equal(1, exitCode);
        var (line, column) = TextPosition.Of(text, "[x]");
        Assert.StartsWith($"{site.PathOf("guides/a.md")}:{line}:{column}: error MEND201: ", Lines(stderr)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownOptionExitsWithTwo()
    {
        using var site = TestSite.With(("guides/a.md", GuideText.Of("A")));

        var (exitCode, _, stderr) = await Mend(site.Root, [.. Build(site), "--no-such-option"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("--no-such-option", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task AMissingInputFolderExitsWithTwo()
    {
        using var site = TestSite.With(("guides/a.md", GuideText.Of("A")));
        var missing = Path.Join(site.Root, "no-such-input");

        var (exitCode, _, stderr) = await Mend(site.Root, "build", "--input", missing, "--output", site.Output, "--themes", Repo.Themes);

        Assert.Equal(2, exitCode);
        Assert.Contains("no-such-input", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(stderr.Split('\n'), line => line.StartsWith("   at ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^.+:\d+:\d+: error MEND\d{3}: .+$")]
    private static partial Regex DiagnosticLine();
}
