using Mend.Pipeline.IO;

namespace Mend.Site.Templates;

/// <summary>
/// Finds theme files: a file under the site's <c>input/_theme/</c> overrides the file at the same relative
/// path in the theme folder. Files are found as <see cref="SourceTree"/> lists them: hidden files are passed over,
/// and a link is followed only inside its own folder.
/// </summary>
public sealed class ThemeFiles(string inputDirectory, string themeDirectory)
{
    public const string OverrideFolder = "_theme";

    public string ThemeDirectory => themeDirectory;

    /// <summary>
    /// The path of a theme file (forward slashes, relative to the theme), or null when neither place has it;
    /// <paramref name="problem"/> says why a file that is there cannot be used.
    /// </summary>
    public string? Find(string relativePath, out string? problem)
    {
        problem = null;
        foreach (var root in Roots())
        {
            var candidate = Path.Join(root, relativePath).Replace('\\', '/');
            if (File.Exists(candidate) || new FileInfo(candidate).LinkTarget is not null)
            {
                problem = SourceTree.ProblemWith(root, relativePath);
                return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// Every file under a theme folder (e.g. <c>assets</c>), by relative path, overrides applied, in ordinal order;
    /// <paramref name="problems"/> lists the files and folders that cannot be used, by path.
    /// </summary>
    public IReadOnlyList<(string Relative, string Path)> List(string folder, out IReadOnlyList<(string Path, string Problem)> problems)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var unusable = new List<(string, string)>();
        foreach (var root in Roots().Reverse())
        {
            var listing = SourceTree.List(root, folder, "*", recursive: true);
            unusable.AddRange(listing.Problems.Select(p => (p.Path.Replace('\\', '/'), p.Problem)));
            foreach (var file in listing.Files)
            {
                found[file[(folder.Length + 1)..]] = Path.Join(root, file).Replace('\\', '/');
            }
        }
        problems = unusable;
        return [.. found.Select(pair => (pair.Key, pair.Value))];
    }

    private IEnumerable<string> Roots() => [Path.Join(inputDirectory, OverrideFolder), themeDirectory];
}
