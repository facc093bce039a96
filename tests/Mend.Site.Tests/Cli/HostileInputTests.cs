using Mend.Site.Tests.Fuzz;

namespace Mend.Site.Tests.Cli;

/// <summary>
/// The real <c>mend</c> on every site the fuzzer once broke, and on leftovers of a killed run: whatever the input,
/// the process ends with exit code 0 or 1 and prints no internal error and no stack trace. (In-process, a stack
/// overflow would end the test run itself; here it is a failed test.)
/// </summary>
public sealed class HostileInputTests
{
    [Theory]
    [MemberData(nameof(FoundCaseTests.Cases), MemberType = typeof(FoundCaseTests))]
    public async Task AFoundCaseEndsWithExitCodeZeroOrOneAndNoStackTrace(string name)
    {
        using var temporary = new TestSite(new Dictionary<string, string>());

        var (exitCode, _, stderr) = await MendProcess.Run(temporary.Root,
            ["build", "--input", Path.Join(FuzzWorkspace.FoundFolder, name), "--output", temporary.Output, "--themes", Repo.Themes]);

        Assert.True(exitCode is 0 or 1, $"exit code {exitCode}:\n{stderr}");
        Assert.DoesNotContain("MEND900", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABundleRemovesTheWorkFoldersAKilledBundleLeftAndKeepsThoseOfRunningOnes()
    {
        // Given a temporary folder holding the work folder of a bundle killed outright (its process has ended), and one
        // of a bundle still running (the test process stands in for it)
        using var site = TestSite.With(("guides/a.md", GuideText.Of("A")));
        var temporaryFolder = Path.Join(site.Root, "tmp");
        using var ended = System.Diagnostics.Process.Start("true")!;
        await ended.WaitForExitAsync(TestContext.Current.CancellationToken);
        var killed = Path.Join(temporaryFolder, $"mend-bundle-{ended.Id}-0123456789abcdef", "site");
        var running = Path.Join(temporaryFolder, $"mend-bundle-{Environment.ProcessId}-fedcba9876543210");
        Directory.CreateDirectory(killed);
        Directory.CreateDirectory(running);

        // When a bundle is made
        await using var bundle = MendProcess.Start(site.Root,
            ["bundle", "--input", site.Input, "--output", Path.Join(site.Root, "site.zip"), "--themes", Repo.Themes],
            temporaryFolder);
        await bundle.WaitForLine(line => line.StartsWith("Bundled ", StringComparison.Ordinal));

        // Then the killed bundle's folder is gone, the running one's stays, and its own is cleaned up
        // (The running process's own runtime files, such as its diagnostics socket, may be there too.)
        Assert.Equal([Path.GetFileName(running)], Directory.EnumerateDirectories(temporaryFolder, "mend-bundle-*").Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Join(site.Root, "site.zip")));
    }
}
