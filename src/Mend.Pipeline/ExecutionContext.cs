using System.Collections.Concurrent;

namespace Mend.Pipeline;

internal sealed class ExecutionContext(
    string pipelineName,
    Phase phase,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> visible,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> inputs,
    ConcurrentQueue<Diagnostic> diagnostics,
    CancellationToken cancellationToken,
    ModuleCache? cache = null) : IExecutionContext
{
    public ModuleCache? Cache => cache;

    public string PipelineName => pipelineName;

    public Phase Phase => phase;

    public CancellationToken CancellationToken => cancellationToken;

    public void Report(Diagnostic diagnostic) => diagnostics.Enqueue(diagnostic);

    public IReadOnlyList<Document> OutputsOf(string name) =>
        visible.TryGetValue(name, out var documents)
            ? documents
            : throw new InvalidOperationException(
                $"Pipeline '{pipelineName}' cannot see the outputs of '{name}' in its {phase} phase.");

    public IReadOnlyList<Document> VisibleOutputs() =>
        visible.OrderBy(pair => pair.Key, StringComparer.Ordinal).SelectMany(pair => pair.Value).ToList();

    public IReadOnlyList<Document> InputsOf(string name) =>
        inputs.TryGetValue(name, out var documents)
            ? documents
            : throw new InvalidOperationException(phase == Phase.Input
                ? $"Pipeline '{pipelineName}' cannot see what '{name}' read while the Input phase is still running."
                : $"There is no pipeline named '{name}'.");
}
