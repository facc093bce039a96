namespace Mend.Site.Tests.Docs;

/// <summary>The repository's own files, walked from its root without git's folder and what builds and runs leave behind.</summary>
public static class RepositoryFiles
{
    private static readonly HashSet<string> SkippedFolders =
        new([".git", ".vs", "bin", "obj", "output", "artifacts", "node_modules", "TestResults"], StringComparer.Ordinal);

    /// <summary>Every file under <paramref name="folder"/> (relative to the root; "" for all), except those under <paramref name="except"/>.</summary>
    public static IEnumerable<string> Under(string folder, params string[] except)
    {
        var excluded = except.Select(e => Path.GetFullPath(Path.Join(Repo.Root, e))).ToHashSet(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(Path.Join(Repo.Root, folder))]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current))
            {
                yield return file;
            }
            foreach (var child in Directory.EnumerateDirectories(current))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(child)) && !excluded.Contains(Path.GetFullPath(child)))
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>The path relative to the repository's root, with forward slashes, as a message names it.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Repo.Root, path).Replace('\\', '/');
}
