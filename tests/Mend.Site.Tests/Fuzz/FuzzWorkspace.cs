namespace Mend.Site.Tests.Fuzz;

/// <summary>
/// A temporary input folder for mutated sites, and an output folder that always holds a good build of the seed
/// corpus first, so the oracle can tell whether a failed build touched it. Deleted again on dispose.
/// </summary>
public sealed class FuzzWorkspace : IDisposable
{
    public static string SeedFolder => Path.Join(Repo.Fixtures, "fuzz", "seed");

    public static string FoundFolder => Path.Join(Repo.Fixtures, "fuzz", "found");

    // Every build that succeeds writes a whole site: in memory (Linux's /dev/shm) that is several times faster than on disk.
    private static readonly string Temporary = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    private readonly string _root = Directory.CreateDirectory(Path.Join(Temporary, "mend-fuzz", Guid.NewGuid().ToString("N"))).FullName;

    public string Input => Path.Join(_root, "input");

    public string Output => Path.Join(_root, "output");

    /// <summary>Replaces the output with a clean build of the seed corpus (and anything a bad build left beside it).</summary>
    public async Task ResetOutputAsync()
    {
        foreach (var folder in BuildOracle.StagingFolders(Output).Append(Output).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
        var report = await SiteBuilder.BuildAsync(new BuildOptions(SeedFolder, Output, null, false, Repo.Themes));
        Assert.True(report.Diagnostics.Count == 0, $"the seed corpus does not build cleanly:\n{string.Join('\n', report.Diagnostics)}");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
