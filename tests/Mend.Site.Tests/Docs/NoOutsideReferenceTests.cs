namespace Mend.Site.Tests.Docs;

/// <summary>
/// Nothing a user reads or runs points outside the repository: a clean clone has no sibling folder. CI's scripts
/// (.ci/) are the one exception, for the originality check the CI machine provides.
/// </summary>
public sealed class NoOutsideReferenceTests
{
    // Written in two parts so that this file does not hold what it looks for.
    private static readonly string SiblingFolder = "../" + "shared";

    [Fact]
    public void NoFileOutsideCiNamesTheSiblingFolder()
    {
        var found = FilesOutsideCi()
            .Where(IsText)
            .SelectMany(Mentions)
            .ToList();

        Assert.True(found.Count == 0, $"'{SiblingFolder}' is outside the repository; move what it points to into docs/:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void TheSearchSeesTheDocsAndTheReadme()
    {
        var files = FilesOutsideCi().Select(RepositoryFiles.Relative).ToList();

        Assert.Contains("README.md", files);
        Assert.Contains("docs/errors.md", files);
        Assert.Contains(".github/workflows/pages.yml", files);
        Assert.DoesNotContain(files, file => file.StartsWith(".ci/", StringComparison.Ordinal));
    }

    private static IEnumerable<string> FilesOutsideCi() => RepositoryFiles.Under("", ".ci");

    private static IEnumerable<string> Mentions(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var index = 0; index < lines.Length; index++)
        {
            if (lines[index].Contains(SiblingFolder, StringComparison.Ordinal))
            {
                yield return $"{RepositoryFiles.Relative(path)}:{index + 1}: {lines[index].Trim()}";
            }
        }
    }

    /// <summary>A file with no NUL byte in its first 8 KB, as git decides.</summary>
    private static bool IsText(string path)
    {
        using var stream = File.OpenRead(path);
        var start = new byte[8192];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        return !start.AsSpan(0, read).Contains((byte)0);
    }
}
