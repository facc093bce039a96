using Mend.Pipeline;

namespace Mend.Site;

/// <summary>The outcome of a build: its diagnostics, what it wrote, and the size of the search index in bytes.</summary>
public sealed record BuildReport(
    IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, long SearchIndexBytes = 0)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>How long each phase of the engine took; empty when the build stopped before the engine ran.</summary>
    public IReadOnlyList<PhaseTiming> Phases { get; init; } = [];

    /// <summary>For each rupture catalog, how many entries have a part for the one who was hurt.</summary>
    public IReadOnlyList<Catalogs.RuptureCoverage> Ruptures { get; init; } = [];

    /// <summary>How long each module took, and how many documents it returned.</summary>
    public IReadOnlyList<ModuleTiming> Modules { get; init; } = [];
}
