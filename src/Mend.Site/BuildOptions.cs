namespace Mend.Site;

/// <summary>What one build reads and writes. <see cref="BaseUrl"/> overrides <c>base_url</c> in site.yml.</summary>
public sealed record BuildOptions(
    string InputDirectory,
    string OutputDirectory,
    string? BaseUrl = null,
    bool Offline = false,
    string? ThemesDirectory = null);
