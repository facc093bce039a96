namespace Mend.Site.Templates;

/// <summary>
/// Finds theme files: a file under the site's <c>input/_theme/</c> overrides the file at the same relative
/// path in the theme folder.
/// </summary>
public sealed class ThemeFiles(string inputDirectory, string themeDirectory)
{
    public const string OverrideFolder = "_theme";

    public string ThemeDirectory => themeDirectory;

    /// <summary>The path of a theme file (forward slashes, relative to the theme), or null when neither place has it.</summary>
    public string? Find(string relativePath)
    {
        foreach (var root in Roots())
        {
            var candidate = Path.Join(root, relativePath).Replace('\\', '/');
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Every file under a theme folder (e.g. <c>assets</c>), by relative path, overrides applied, in ordinal order.</summary>
    public IReadOnlyList<(string Relative, string Path)> List(string folder)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in Roots().Reverse())
        {
            var directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
                found[relative] = Path.Join(directory, relative).Replace('\\', '/');
            }
        }
        return [.. found.Select(pair => (pair.Key, pair.Value))];
    }

    private IEnumerable<string> Roots() => [Path.Join(inputDirectory, OverrideFolder), themeDirectory];
}
