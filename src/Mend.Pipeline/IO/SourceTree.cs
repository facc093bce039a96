using System.IO.Enumeration;

namespace Mend.Pipeline.IO;

/// <summary>
/// The files under a root that a build may read, by path relative to the root (forward slashes), in ordinal order.
/// Hidden names (<c>.x</c>, such as an editor's lock file) and backups (<c>x~</c>) are passed over. A link is
/// followed only to a file or folder inside the root; a link leading out of it or nowhere, a folder reached a second
/// time (links in a loop) and a folder that cannot be listed are problems, reported at their path.
/// </summary>
public static class SourceTree
{
    public sealed record Listing(IReadOnlyList<string> Files, IReadOnlyList<(string Path, string Problem)> Problems);

    public static Listing List(string root, string folder, string searchPattern, bool recursive)
    {
        var files = new List<string>();
        var problems = new List<(string, string)>();
        var start = Path.Join(root, folder);
        if (!Directory.Exists(start))
        {
            return new Listing(files, problems);
        }

        var realRoot = RealPath.Of(root) ?? Path.GetFullPath(root);
        var visited = new HashSet<string>(PathComparison.IgnoresCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var pending = new Stack<string>([folder.Replace('\\', '/').Trim('/')]);
        while (pending.TryPop(out var relativeFolder))
        {
            var full = Path.Join(root, relativeFolder);
            var real = RealPath.Of(full);
            if (real is null || !PathComparison.IsAtOrBelow(real, realRoot))
            {
                problems.Add((full, LinkProblem(full, real, "folder")));
                continue;
            }
            if (!visited.Add(real))
            {
                problems.Add((full, "this folder is a link back to a folder already read (links in a loop); it is read once, from where it really is"));
                continue;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(full).EnumerateFileSystemInfos()];
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                problems.Add((full, $"this folder cannot be read ({IOFailure.Reason(exception)}); check its permissions"));
                continue;
            }

            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                if (IsHidden(entry.Name))
                {
                    continue;
                }
                var relative = relativeFolder.Length == 0 ? entry.Name : $"{relativeFolder}/{entry.Name}";
                if (entry is DirectoryInfo)
                {
                    if (recursive)
                    {
                        subfolders.Add(relative);
                    }
                    continue;
                }
                if (!Matches(searchPattern, entry.Name))
                {
                    continue;
                }
                if (entry.LinkTarget is not null)
                {
                    var target = RealPath.Of(entry.FullName);
                    if (target is null || !File.Exists(target) || !PathComparison.IsAtOrBelow(target, realRoot))
                    {
                        problems.Add((Path.Join(root, relative), LinkProblem(entry.FullName, target, "file")));
                        continue;
                    }
                }
                files.Add(relative);
            }
            // Pushed in reverse so that folders are walked in name order; the files are sorted at the end anyway.
            foreach (var subfolder in subfolders.OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(subfolder);
            }
        }

        files.Sort(StringComparer.Ordinal);
        problems.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new Listing(files, problems);
    }

    /// <summary>
    /// Why the file at <paramref name="relativePath"/> under <paramref name="root"/> may not be read (a link leading
    /// out of the root or nowhere), or null when it may.
    /// </summary>
    public static string? ProblemWith(string root, string relativePath)
    {
        var path = Path.Join(root, relativePath);
        var target = RealPath.Of(path);
        var realRoot = RealPath.Of(root) ?? Path.GetFullPath(root);
        return target is not null && File.Exists(target) && PathComparison.IsAtOrBelow(target, realRoot)
            ? null
            : LinkProblem(path, target, "file");
    }

    /// <summary>Whether a file name matches a pattern such as <c>*.md</c>, with the case as the file system treats it.</summary>
    public static bool Matches(string searchPattern, string name) =>
        FileSystemName.MatchesSimpleExpression(searchPattern, name, ignoreCase: PathComparison.IgnoresCase);

    /// <summary>Hidden files and folders (<c>.git</c>, <c>.#guide.md</c>) and backups (<c>guide.md~</c>), which no build reads.</summary>
    public static bool IsHidden(string name) => name.StartsWith('.') || name.EndsWith('~');

    private static string LinkProblem(string path, string? target, string what)
    {
        var written = new FileInfo(path).LinkTarget;
        return target is null
            ? $"this {what} is a link to '{written}', which does not exist (or the links loop); remove the link or restore what it points to"
            : $"this {what} is a link to '{target}', outside the folder being read; links are only followed inside it, so copy the {what} in instead";
    }
}
