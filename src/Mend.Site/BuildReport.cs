using Mend.Pipeline;

namespace Mend.Site;

/// <summary>The outcome of a build: its diagnostics, what it wrote, and the size of the search index in bytes.</summary>
public sealed record BuildReport(
    IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, long SearchIndexBytes = 0)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
