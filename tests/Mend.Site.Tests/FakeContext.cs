using Mend.Pipeline;

namespace Mend.Site.Tests;

/// <summary>
/// An execution context for running one module over in-memory documents: <paramref name="visible"/> are the other
/// pipelines' outputs it may see, <paramref name="read"/> what their Input phases read. It records what is reported.
/// </summary>
internal sealed class FakeContext(
    IReadOnlyDictionary<string, IReadOnlyList<Document>>? visible = null,
    IReadOnlyDictionary<string, IReadOnlyList<Document>>? read = null) : IExecutionContext
{
    public ModuleCache? Cache => null;

    private readonly IReadOnlyDictionary<string, IReadOnlyList<Document>> _visible =
        visible ?? new Dictionary<string, IReadOnlyList<Document>>();

    private readonly IReadOnlyDictionary<string, IReadOnlyList<Document>> _read =
        read ?? new Dictionary<string, IReadOnlyList<Document>>();

    public List<Diagnostic> Diagnostics { get; } = [];

    public string PipelineName => "Test";

    public Phase Phase => Phase.Process;

    public CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    public IReadOnlyList<Document> OutputsOf(string pipelineName) => _visible[pipelineName];

    public IReadOnlyList<Document> InputsOf(string pipelineName) => _read[pipelineName];

    public IReadOnlyList<Document> VisibleOutputs() =>
        [.. _visible.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value)];
}
