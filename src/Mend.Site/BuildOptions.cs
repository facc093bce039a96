namespace Mend.Site;

/// <summary>
/// What one build reads and writes. <see cref="BaseUrl"/> overrides <c>base_url</c> in site.yml; <see cref="Today"/>
/// is the build date that a page's <c>review_due</c> is checked against (MEND305), the local date when not given.
/// </summary>
public sealed record BuildOptions(
    string InputDirectory,
    string OutputDirectory,
    string? BaseUrl = null,
    bool Offline = false,
    string? ThemesDirectory = null,
    DateOnly? Today = null)
{
    /// <summary>The build date: <see cref="Today"/>, else the computer's local date.</summary>
    public DateOnly BuildDate => Today ?? DateOnly.FromDateTime(DateTime.Now);

    /// <summary>Where themes are looked for, in order: <see cref="ThemesDirectory"/>, else themes/ beside the input folder, then in the current folder.</summary>
    public IReadOnlyList<string> ThemesFolders => ThemesDirectory is { } themes
        ? [themes]
        : [Path.Join(Path.GetDirectoryName(Path.GetFullPath(InputDirectory)), "themes"), "themes"];
}
