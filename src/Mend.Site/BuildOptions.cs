namespace Mend.Site;

/// <summary>What one build reads and writes. <see cref="BaseUrl"/> overrides <c>base_url</c> in site.yml.</summary>
public sealed record BuildOptions(
    string InputDirectory,
    string OutputDirectory,
    string? BaseUrl = null,
    bool Offline = false,
    string? ThemesDirectory = null)
{
    /// <summary>Where themes are looked for, in order: <see cref="ThemesDirectory"/>, else themes/ beside the input folder, then in the current folder.</summary>
    public IReadOnlyList<string> ThemesFolders => ThemesDirectory is { } themes
        ? [themes]
        : [Path.Join(Path.GetDirectoryName(Path.GetFullPath(InputDirectory)), "themes"), "themes"];
}
