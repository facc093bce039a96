namespace Mend.Site.Tests.Cli;

/// <summary><c>mend check</c>: the whole build and its checks, with nothing written.</summary>
public sealed class CheckCommandTests
{
    private static string[] Check(TestSite site) => ["check", "--input", site.Input, "--themes", Repo.Themes];

    [Fact]
    public async Task AGoodSiteExitsWithZeroAndNothingIsWritten()
    {
        using var site = TestSite.With(("guides/a.md", GuideText.Of("A")));

        var (exitCode, stdout, stderr) = await MendProcess.Run(site.Root, Check(site));

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith("Checked ", stdout.Trim(), StringComparison.Ordinal);
        Assert.Equal(["input"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ItCountsTheEntriesOfEachRuptureCatalogWithAPartForTheOneHurt()
    {
        using var site = TestSite.With(
            ("guides/steps.md", Catalogs.CatalogFixtures.StepsGuide), ("catalogs/ruptures.yml", Catalogs.CatalogFixtures.RupturesWithSituations));

        var (exitCode, stdout, stderr) = await MendProcess.Run(site.Root, Check(site));

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("ruptures: 2 entries, 1 with a part for the one hurt", stdout.Trim().Split('\n')[^1]);
    }

    [Fact]
    public async Task ABrokenSiteExitsWithOneAndPrintsItsErrors()
    {
        using var site = TestSite.With(("guides/a.md", GuideText.Of("A", "See [b](xref:missing).\n")));

        var (exitCode, _, stderr) = await MendProcess.Run(site.Root, Check(site));

        Assert.Equal(1, exitCode);
        Assert.Contains($"{site.PathOf("guides/a.md")}:5:5: error MEND201", stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", stderr, StringComparison.Ordinal);
        Assert.Equal(["input"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName));
    }
}
