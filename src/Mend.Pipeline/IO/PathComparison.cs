namespace Mend.Pipeline.IO;

/// <summary>How paths compare on this machine: without regard to case where the file system ignores it (Windows, macOS).</summary>
public static class PathComparison
{
    public static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static bool IgnoresCase => Comparison == StringComparison.OrdinalIgnoreCase;

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it (both full paths).</summary>
    public static bool IsAtOrBelow(string path, string folder)
    {
        var root = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return (path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).StartsWith(root, Comparison);
    }
}
