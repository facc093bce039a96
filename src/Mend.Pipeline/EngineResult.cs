namespace Mend.Pipeline;

/// <summary>What a run produced: every diagnostic, and each pipeline's documents from the last phase that ran.</summary>
public sealed record EngineResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs,
    Phase? FailedPhase)
{
    public bool Succeeded => FailedPhase is null;

    /// <summary>How long each phase that ran took, in order.</summary>
    public IReadOnlyList<PhaseTiming> Phases { get; init; } = [];

    /// <summary>How long each module that ran took, by phase and pipeline.</summary>
    public IReadOnlyList<ModuleTiming> Modules { get; init; } = [];

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
