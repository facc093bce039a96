using System.Collections.Concurrent;

namespace Mend.Pipeline;

/// <summary>Runs pipelines phase by phase: dependencies first, independent pipelines in parallel.</summary>
public sealed partial class Engine
{
    private readonly List<Pipeline> _ordered;
    private readonly Dictionary<string, HashSet<string>> _dependencies;

    public Engine(IEnumerable<Pipeline> pipelines)
    {
        _ordered = OrderByDependencies(pipelines.ToList());
        _dependencies = TransitiveDependencies(_ordered);
    }

    /// <summary>The pipelines in the order their Process phases may start.</summary>
    public IReadOnlyList<string> PipelineOrder => _ordered.Select(p => p.Name).ToList();

    public async Task<EngineResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var diagnostics = new ConcurrentQueue<Diagnostic>();
        var empty = new Dictionary<string, IReadOnlyList<Document>>(StringComparer.Ordinal);

        var input = await RunPhaseInParallel(Phase.Input, _ => [], _ => empty, empty, diagnostics, cancellationToken);
        if (HasErrors(diagnostics))
        {
            return Result(diagnostics, input, Phase.Input);
        }

        var process = await RunProcessPhase(input, diagnostics, cancellationToken);
        if (HasErrors(diagnostics))
        {
            return Result(diagnostics, process, Phase.Process);
        }

        var postProcess = await RunPhaseInParallel(
            Phase.PostProcess, p => process[p.Name], _ => process, input, diagnostics, cancellationToken);
        if (HasErrors(diagnostics))
        {
            return Result(diagnostics, postProcess, Phase.PostProcess);
        }

        var output = await RunPhaseInParallel(
            Phase.Output, p => postProcess[p.Name], _ => postProcess, input, diagnostics, cancellationToken);
        return Result(diagnostics, output, HasErrors(diagnostics) ? Phase.Output : null);
    }

    private async Task<Dictionary<string, IReadOnlyList<Document>>> RunPhaseInParallel(
        Phase phase,
        Func<Pipeline, IReadOnlyList<Document>> inputsOf,
        Func<Pipeline, IReadOnlyDictionary<string, IReadOnlyList<Document>>> visibleTo,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> read,
        ConcurrentQueue<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var tasks = _ordered.Select(p => Task.Run(
            () => RunModules(p, phase, inputsOf(p), visibleTo(p), read, diagnostics, cancellationToken),
            cancellationToken));
        var results = await Task.WhenAll(tasks);
        return _ordered.Zip(results).ToDictionary(pair => pair.First.Name, pair => pair.Second, StringComparer.Ordinal);
    }

    /// <summary>Each pipeline's Process starts as soon as the Process phases of its dependencies have finished.</summary>
    private async Task<Dictionary<string, IReadOnlyList<Document>>> RunProcessPhase(
        Dictionary<string, IReadOnlyList<Document>> input,
        ConcurrentQueue<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var tasks = new Dictionary<string, Task<IReadOnlyList<Document>>>(StringComparer.Ordinal);
        foreach (var pipeline in _ordered)
        {
            var dependencies = _dependencies[pipeline.Name].ToDictionary(name => name, name => tasks[name], StringComparer.Ordinal);
            tasks[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(dependencies.Values);
                var visible = dependencies.ToDictionary(pair => pair.Key, pair => pair.Value.Result, StringComparer.Ordinal);
                return await RunModules(pipeline, Phase.Process, input[pipeline.Name], visible, input, diagnostics, cancellationToken);
            }, cancellationToken);
        }
        await Task.WhenAll(tasks.Values);
        return tasks.ToDictionary(pair => pair.Key, pair => pair.Value.Result, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<Document>> RunModules(
        Pipeline pipeline,
        Phase phase,
        IReadOnlyList<Document> documents,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> visible,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> read,
        ConcurrentQueue<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var context = new ExecutionContext(pipeline.Name, phase, visible, read, diagnostics, cancellationToken);
        foreach (var module in pipeline.ModulesOf(phase))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                documents = await module.ExecuteAsync(documents, context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Enqueue(Diagnostic.Error(
                    "MEND900",
                    $"internal error in {pipeline.Name}/{phase}/{module.GetType().Name}: {exception.Message}"));
                return []; // half-processed documents would only cause further errors downstream
            }
        }
        return documents;
    }

    private static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.IsError);

    private static EngineResult Result(
        IEnumerable<Diagnostic> diagnostics,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> outputs,
        Phase? failedPhase)
    {
        var sorted = diagnostics
            .OrderBy(d => d.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Severity)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();
        return new EngineResult(sorted, outputs, failedPhase);
    }
}
