namespace Mend.Site.Tests.Cli;

/// <summary>
/// Files and folders the author's account may not read or write: each is an error (or a warning) that says where
/// and why, exit code 1 at most, never an internal error or a stack trace, and the previous output as it was.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PermissionTests : IDisposable
{
    private const UnixFileMode ReadAndEnter = UnixFileMode.UserRead | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly TestSite _site = TestSite.With(("guides/a.md", GuideText.Of("A")), ("guides/b.md", GuideText.Of("B")));

    public PermissionTests()
    {
        Folders.Copy(Repo.Themes, Path.Join(_site.Root, "themes"));
        UnprivilegedMend.OpenToAll(_site.Root);
    }

    public void Dispose()
    {
        UnprivilegedMend.OpenToAll(_site.Root);
        _site.Dispose();
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> Build(string output = "output") =>
        UnprivilegedMend.Run(_site.Root, "build", "--output", output);

    [Fact]
    public async Task AnUnreadableGuideIsAnErrorAtItsPath()
    {
        File.SetUnixFileMode(Path.Join(_site.Input, "guides", "b.md"), UnixFileMode.None);

        var (exitCode, _, stderr) = await Build();

        Assert.Equal(1, exitCode);
        Assert.Contains("input/guides/b.md: error MEND114: this file cannot be read (permission denied); check its permissions", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableFolderIsAnErrorAtItsPath()
    {
        File.SetUnixFileMode(Path.Join(_site.Input, "guides"), UnixFileMode.None);

        var (exitCode, _, stderr) = await Build();

        Assert.Equal(1, exitCode);
        Assert.Contains("input/guides: error MEND114: this folder cannot be read (permission denied)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutputWhoseFolderIsReadOnlyIsAnErrorAndNothingIsWritten()
    {
        var locked = Path.Join(_site.Root, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, ReadAndEnter);

        var (exitCode, _, stderr) = await Build("locked/site");

        Assert.Equal(1, exitCode);
        Assert.Contains("error MEND115: cannot make a folder beside 'locked/site' to build into (permission denied)", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(locked));
    }

    [Fact]
    public async Task APreviousOutputThatCannotBeDeletedIsReplacedWithAWarningNamingWhereItWent()
    {
        // Given a previous output with a read-only folder in it, whose files cannot be deleted
        Assert.Equal(0, (await Build()).ExitCode);
        var lockedFolder = Path.Join(_site.Output, "guides", "a");
        File.SetUnixFileMode(lockedFolder, ReadAndEnter);

        // When the site is built again, with a change
        _site.Write("guides/c.md", GuideText.Of("C"));
        var (exitCode, stdout, stderr) = await Build();

        // Then the new output is in place, and a warning names the folder the old one was left in
        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith("Built ", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Join(_site.Output, "guides", "c", "index.html")));
        Assert.Contains("warning MEND303: the new output is in place, but the previous one could not be deleted completely", stderr, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateDirectories(_site.Root, ".output.staging-*-old"));
    }
}
