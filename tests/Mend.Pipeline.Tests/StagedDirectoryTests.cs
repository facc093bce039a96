using Mend.Pipeline.IO;

namespace Mend.Pipeline.Tests;

public sealed class StagedDirectoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Target => _temp.Combine("site");

    private string[] EntriesBesideTarget() =>
        Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void StagingFolderIsCreatedBesideTheTarget()
    {
        // Given a target that does not exist yet
        // When a staged directory is made for it
        using var staged = new StagedDirectory(Target);

        // Then the staging folder exists in the same parent, and the target was not created
        Assert.True(Directory.Exists(staged.Path));
        Assert.Equal(_temp.Path, Path.GetDirectoryName(staged.Path));
        Assert.False(Directory.Exists(Target));
    }

    [Fact]
    public void CommitReplacesTheTargetsContents()
    {
        // Given a target with old files, and a staged directory with new ones
        _temp.Write("site/old.html", "old");
        _temp.Write("site/posts/old-post.html", "old post");
        _temp.Write("site/index.html", "old index");
        using var staged = new StagedDirectory(Target);
        Directory.CreateDirectory(Path.Combine(staged.Path, "posts"));
        File.WriteAllText(Path.Combine(staged.Path, "index.html"), "new index");
        File.WriteAllText(Path.Combine(staged.Path, "posts", "new-post.html"), "new post");

        // When it is committed
        staged.Commit();

        // Then the target holds exactly the new files, and nothing else is left beside it
        Assert.Equal(
            new SortedDictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = "new index", ["posts/new-post.html"] = "new post" },
            TempFolder.Snapshot(Target));
        Assert.False(Directory.Exists(staged.Path));
        Assert.Equal(["site"], EntriesBesideTarget());
    }

    [Fact]
    public void CommitCreatesTheTargetWhenNoneExisted()
    {
        // Given no target, and a staged directory with a file
        using var staged = new StagedDirectory(Target);
        File.WriteAllText(Path.Combine(staged.Path, "index.html"), "hello");

        // When it is committed
        staged.Commit();

        // Then the target exists with that file
        Assert.Equal("hello", File.ReadAllText(Path.Combine(Target, "index.html")));
        Assert.Equal(["site"], EntriesBesideTarget());
    }

    [Fact]
    public void CommitCreatesMissingParentFolders()
    {
        // Given a target whose parent does not exist
        var target = _temp.Combine("deep", "er", "site");
        using var staged = new StagedDirectory(target);
        File.WriteAllText(Path.Combine(staged.Path, "a.txt"), "a");

        // When it is committed
        staged.Commit();

        // Then the target exists with the file
        Assert.Equal("a", File.ReadAllText(Path.Combine(target, "a.txt")));
    }

    [Fact]
    public void TargetWithATrailingSeparatorIsTheSameTarget()
    {
        // Given a target named with a trailing separator
        _temp.Write("site/old.txt", "old");
        using var staged = new StagedDirectory(Target + Path.DirectorySeparatorChar);
        File.WriteAllText(Path.Combine(staged.Path, "new.txt"), "new");

        // When it is committed
        staged.Commit();

        // Then the target was replaced
        Assert.Equal(["new.txt"], TempFolder.Snapshot(Target).Keys);
        Assert.Equal(["site"], EntriesBesideTarget());
    }

    [Fact]
    public void DisposeWithoutCommitLeavesTheTargetAsItWasAndRemovesTheStagingFolder()
    {
        // Given a target with files, and a staged directory with other files
        _temp.Write("site/index.html", "kept");
        _temp.Write("site/posts/a.html", "kept too");
        var before = TempFolder.Snapshot(Target);
        string stagingPath;
        using (var staged = new StagedDirectory(Target))
        {
            stagingPath = staged.Path;
            File.WriteAllText(Path.Combine(staged.Path, "index.html"), "discarded");

            // When it is disposed without committing
        }

        // Then the target is exactly as it was and the staging folder is gone
        Assert.Equal(before, TempFolder.Snapshot(Target));
        Assert.Equal(2, before.Count);
        Assert.False(Directory.Exists(stagingPath));
        Assert.Equal(["site"], EntriesBesideTarget());
    }

    [Fact]
    public void DisposeWithoutCommitDoesNotCreateTheTarget()
    {
        // Given no target
        string stagingPath;
        using (var staged = new StagedDirectory(Target))
        {
            stagingPath = staged.Path;
            File.WriteAllText(Path.Combine(staged.Path, "index.html"), "discarded");
        }

        // Then nothing is left behind
        Assert.False(Directory.Exists(Target));
        Assert.False(Directory.Exists(stagingPath));
        Assert.Empty(EntriesBesideTarget());
    }

    [Fact]
    public void DisposeAfterCommitKeepsTheCommittedTarget()
    {
        // Given a committed staged directory
        var staged = new StagedDirectory(Target);
        File.WriteAllText(Path.Combine(staged.Path, "index.html"), "committed");
        staged.Commit();

        // When it is disposed
        staged.Dispose();

        // Then the target is still there
        Assert.Equal("committed", File.ReadAllText(Path.Combine(Target, "index.html")));
    }

    [Fact]
    public void TwoStagedDirectoriesForOneTargetDoNotShareAFolder()
    {
        // Given two staged directories for the same target
        using var first = new StagedDirectory(Target);
        using var second = new StagedDirectory(Target);

        // Then their folders differ
        Assert.NotEqual(first.Path, second.Path);
    }

    [Fact]
    public async Task StagingFoldersLeftByAKilledProcessAreRemovedAndThoseOfRunningOnesKept()
    {
        // Given the staging folders a killed build left (named with its process id, a process that has ended), one of
        // a build still running (this process), and an unrelated folder of the author's
        using var ended = System.Diagnostics.Process.Start("true")!;
        await ended.WaitForExitAsync(TestContext.Current.CancellationToken);
        Directory.CreateDirectory(_temp.Combine($".site.staging-{ended.Id}-0123456789abcdef"));
        Directory.CreateDirectory(_temp.Combine($".site.staging-{ended.Id}-0123456789abcdef-old"));
        _temp.Write($".site.staging-{Environment.ProcessId}-running/index.html", "in progress");
        Directory.CreateDirectory(_temp.Combine("site.staging-notes"));

        // When the next build stages beside the same target
        using var staged = new StagedDirectory(Target);

        // Then the killed build's folders are gone, and the others stay
        string[] kept = [$".site.staging-{Environment.ProcessId}-running", Path.GetFileName(staged.Path), "site.staging-notes"];
        Assert.Equal(kept.Order(StringComparer.Ordinal), EntriesBesideTarget());
    }

    [Fact]
    public void CommittingOverAFileIsRefusedAndTheFileStays()
    {
        File.WriteAllText(Target, "not a folder");
        using var staged = new StagedDirectory(Target);

        var error = Assert.Throws<OutputException>(staged.Commit);

        Assert.Contains("is a file", error.Message, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(Target));
    }
}
