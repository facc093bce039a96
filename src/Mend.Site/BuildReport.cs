using Mend.Pipeline;

namespace Mend.Site;

/// <summary>The outcome of a build: its diagnostics and what it wrote.</summary>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
