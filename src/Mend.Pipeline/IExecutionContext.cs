namespace Mend.Pipeline;

/// <summary>What a module may see and do while it runs.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>Records a diagnostic; the engine stops after a phase that recorded an error.</summary>
    void Report(Diagnostic diagnostic);

    /// <summary>
    /// Another pipeline's documents as this phase may see them: in Process, the Process outputs of a
    /// dependency; in PostProcess, any pipeline's Process outputs; in Output, any pipeline's PostProcess outputs.
    /// </summary>
    IReadOnlyList<Document> OutputsOf(string pipelineName);

    /// <summary>The documents of every pipeline this phase may see, in pipeline-name order.</summary>
    IReadOnlyList<Document> VisibleOutputs();

    /// <summary>
    /// What a pipeline's Input phase read, from any phase after Input: every Input phase has finished before any
    /// Process starts, so a pipeline can look up what the others read (the ids they declare, say) without
    /// depending on their Process.
    /// </summary>
    IReadOnlyList<Document> InputsOf(string pipelineName);

    /// <summary>The running module's entries in the cache a rebuild keeps (<see cref="RunCache"/>), or null when the run keeps none.</summary>
    ModuleCache? Cache { get; }
}
