namespace Mend.Pipeline;

/// <summary>What a run produced: every diagnostic, and each pipeline's documents from the last phase that ran.</summary>
public sealed record EngineResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs,
    Phase? FailedPhase)
{
    public bool Succeeded => FailedPhase is null;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
