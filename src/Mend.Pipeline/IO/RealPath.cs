namespace Mend.Pipeline.IO;

/// <summary>
/// Where a path really leads once every link along it is followed, as <c>realpath</c> gives it; the part of the
/// path that does not exist yet is kept as written.
/// </summary>
public static class RealPath
{
    // As the operating systems do, give up on a chain of links this long: it is a loop.
    private const int MaxLinks = 40;

    /// <summary>The full path with every link resolved, or null when a link leads nowhere or the links loop.</summary>
    public static string? Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string? Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Join(current, parts[i]);
            FileSystemInfo info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }
                var resolved = Resolve(Path.GetFullPath(target, current), ref links);
                if (resolved is null || !(File.Exists(resolved) || Directory.Exists(resolved)))
                {
                    return null;
                }
                next = resolved;
            }
            else if (!info.Exists && !Directory.Exists(next))
            {
                // Nothing here yet: the rest of the path is as written.
                return Path.Join([next, .. parts[(i + 1)..]]);
            }
            current = next;
        }
        return current;
    }
}
