using Mend.Pipeline.IO;

namespace Mend.Pipeline.Tests.IO;

public sealed class SourceTreeTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly TempFolder _outside = new();

    public void Dispose()
    {
        _temp.Dispose();
        _outside.Dispose();
    }

    private string Root => _temp.Combine("root");

    private SourceTree.Listing List(string folder = "content", string pattern = "*.md", bool recursive = true) =>
        SourceTree.List(Root, folder, pattern, recursive);

    [Fact]
    public void HiddenFilesAndBackupsArePassedOver()
    {
        _temp.Write("root/content/a.md", "a");
        _temp.Write("root/content/a.md~", "old");
        _temp.Write("root/content/.draft.md", "hidden");
        _temp.Write("root/content/.git/b.md", "hidden folder");
        // An editor's lock file: a link to nowhere, named as a hidden file.
        File.CreateSymbolicLink(_temp.Combine("root/content/.#a.md"), "user@host.1234");

        var listing = List();

        Assert.Equal(["content/a.md"], listing.Files);
        Assert.Empty(listing.Problems);
    }

    [Fact]
    public void ALinkInsideTheRootIsFollowed()
    {
        _temp.Write("root/common/note.md", "note");
        Directory.CreateDirectory(_temp.Combine("root/content"));
        File.CreateSymbolicLink(_temp.Combine("root/content/note.md"), "../common/note.md");

        var listing = List();

        Assert.Equal(["content/note.md"], listing.Files);
        Assert.Empty(listing.Problems);
    }

    [Fact]
    public void AFileLinkLeadingOutOfTheRootIsAProblemNotAFile()
    {
        var secret = Path.Join(_outside.Path, "secret.md");
        File.WriteAllText(secret, "not for publishing");
        Directory.CreateDirectory(_temp.Combine("root/content"));
        File.CreateSymbolicLink(_temp.Combine("root/content/secret.md"), secret);

        var listing = List();

        Assert.Empty(listing.Files);
        var (path, problem) = Assert.Single(listing.Problems);
        Assert.Equal(Path.Join(Root, "content/secret.md"), path);
        Assert.Contains("outside the folder being read", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderLinkLeadingOutOfTheRootIsNotListed()
    {
        File.WriteAllText(Path.Join(_outside.Path, "passwd.md"), "root:x:0:0");
        Directory.CreateDirectory(_temp.Combine("root/content"));
        Directory.CreateSymbolicLink(_temp.Combine("root/content/etc"), _outside.Path);

        var listing = List();

        Assert.Empty(listing.Files);
        Assert.Contains("outside the folder being read", Assert.Single(listing.Problems).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ADanglingLinkIsAProblem()
    {
        Directory.CreateDirectory(_temp.Combine("root/content"));
        File.CreateSymbolicLink(_temp.Combine("root/content/gone.md"), "moved-away.md");

        var listing = List();

        Assert.Empty(listing.Files);
        Assert.Contains("'moved-away.md', which does not exist", Assert.Single(listing.Problems).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksInALoopAreListedOnce()
    {
        _temp.Write("root/content/a.md", "a");
        Directory.CreateSymbolicLink(_temp.Combine("root/content/again"), ".");
        Directory.CreateSymbolicLink(_temp.Combine("root/content/up"), "..");

        var listing = List();

        Assert.Equal(["content/a.md"], listing.Files);
        Assert.All(listing.Problems, p => Assert.Contains("links in a loop", p.Problem, StringComparison.Ordinal));
        Assert.Equal(2, listing.Problems.Count);
    }

    [Fact]
    public void ARootReachedThroughALinkStillHoldsItsOwnFiles()
    {
        _temp.Write("root/content/a.md", "a");
        var linkedRoot = _temp.Combine("linked-root");
        Directory.CreateSymbolicLink(linkedRoot, Root);

        var listing = SourceTree.List(linkedRoot, "content", "*.md", recursive: false);

        Assert.Equal(["content/a.md"], listing.Files);
        Assert.Empty(listing.Problems);
    }
}
