using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Site.Core;

namespace Mend.Site.Templates;

/// <summary>
/// Finds and reads theme files: a file under the site's <c>input/_theme/</c> overrides the file at the same relative
/// path in the theme, which is a folder or the <see cref="BuiltInTheme"/>. Files on disk are found as
/// <see cref="SourceTree"/> lists them: hidden files are passed over, and a link is followed only inside its own folder.
/// Read theme files with <see cref="ReadText"/> and <see cref="ReadBytes"/>, since a built-in file is not on disk.
/// </summary>
public sealed class ThemeFiles
{
    public const string OverrideFolder = "_theme";

    private readonly string _inputDirectory;
    private readonly bool _builtIn;

    /// <summary>The theme in <paramref name="themeDirectory"/>.</summary>
    public ThemeFiles(string inputDirectory, string themeDirectory)
        : this(inputDirectory, themeDirectory, builtIn: false)
    {
    }

    private ThemeFiles(string inputDirectory, string themeDirectory, bool builtIn)
    {
        _inputDirectory = inputDirectory;
        ThemeDirectory = themeDirectory;
        _builtIn = builtIn;
    }

    /// <summary>The default theme built into Mend, with the site's overrides.</summary>
    public static ThemeFiles BuiltIn(string inputDirectory) => new(inputDirectory, BuiltInTheme.Root, builtIn: true);

    /// <summary>Whether this is the <see cref="BuiltInTheme"/>, not a folder.</summary>
    public bool IsBuiltIn => _builtIn;

    /// <summary>The theme's folder, or <see cref="BuiltInTheme.Root"/>.</summary>
    public string ThemeDirectory { get; }

    /// <summary>
    /// The path of a theme file (forward slashes, relative to the theme), or null when neither place has it;
    /// <paramref name="problem"/> says why a file that is there cannot be used.
    /// </summary>
    public string? Find(string relativePath, out string? problem)
    {
        problem = null;
        foreach (var root in FolderRoots())
        {
            var candidate = Path.Join(root, relativePath).Replace('\\', '/');
            if (File.Exists(candidate) || new FileInfo(candidate).LinkTarget is not null)
            {
                problem = SourceTree.ProblemWith(root, relativePath);
                return candidate;
            }
        }
        return _builtIn && BuiltInTheme.Contains(relativePath) ? BuiltInTheme.PathOf(relativePath) : null;
    }

    /// <summary>
    /// Every file under a theme folder (e.g. <c>assets</c>), by relative path, overrides applied, in ordinal order;
    /// <paramref name="problems"/> lists the files and folders that cannot be used, by path.
    /// </summary>
    public IReadOnlyList<(string Relative, string Path)> List(string folder, out IReadOnlyList<(string Path, string Problem)> problems)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (_builtIn)
        {
            foreach (var file in BuiltInTheme.List(folder))
            {
                found[file[(folder.Length + 1)..]] = BuiltInTheme.PathOf(file);
            }
        }
        var unusable = new List<(string, string)>();
        foreach (var root in FolderRoots().Reverse())
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

    /// <summary>The bytes of a file <see cref="Find"/> or <see cref="List"/> gave, or null with <paramref name="error"/>.</summary>
    public byte[]? ReadBytes(string path, out Diagnostic? error)
    {
        if (_builtIn && BuiltInTheme.Read(path) is { } bytes)
        {
            error = null;
            return bytes;
        }
        return SourceReader.ReadBytes(path, path, InputRules.Files, out error);
    }

    /// <summary>The text of a file <see cref="Find"/> or <see cref="List"/> gave, decoded as any input file is.</summary>
    public string? ReadText(string path, out Diagnostic? error)
    {
        if (ReadBytes(path, out error) is not { } bytes)
        {
            return null;
        }
        var text = SourceText.Decode(bytes, out var problem);
        error = problem is null ? null : Diagnostic.Error(InputRules.Files.InvalidTextCode, problem.Message, path, problem.Line, problem.Column);
        return text;
    }

    /// <summary>The folders on disk, in the order they are searched: the site's overrides, then the theme's folder.</summary>
    private IEnumerable<string> FolderRoots() => _builtIn ? [Path.Join(_inputDirectory, OverrideFolder)] : [Path.Join(_inputDirectory, OverrideFolder), ThemeDirectory];
}
