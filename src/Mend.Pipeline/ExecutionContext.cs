using System.Collections.Concurrent;

namespace Mend.Pipeline;

internal sealed class ExecutionContext(
    string pipelineName,
    Phase phase,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> visible,
    ConcurrentQueue<Diagnostic> diagnostics,
    CancellationToken cancellationToken) : IExecutionContext
{
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
}
