using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mend.Pipeline;

/// <summary>Runs pipelines phase by phase: dependencies first, independent pipelines in parallel.</summary>
public sealed partial class Engine
{
    private readonly List<Pipeline> _ordered;
    private readonly Dictionary<string, HashSet<string>> _dependencies;

    private readonly RunCache? _cache;

    /// <summary>An engine for <paramref name="pipelines"/>; with a <paramref name="cache"/>, a run reuses what the last run with it made from unchanged inputs.</summary>
    public Engine(IEnumerable<Pipeline> pipelines, RunCache? cache = null)
    {
        _ordered = OrderByDependencies(pipelines.ToList());
        _dependencies = TransitiveDependencies(_ordered);
        _cache = cache;
    }

    /// <summary>The pipelines in the order their Process phases may start.</summary>
    public IReadOnlyList<string> PipelineOrder => _ordered.Select(p => p.Name).ToList();

    public async Task<EngineResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunPhasesAsync(cancellationToken);
        _cache?.EndRun();
        return result;
    }

    private async Task<EngineResult> RunPhasesAsync(CancellationToken cancellationToken)
    {
        var run = new Run(new ConcurrentQueue<Diagnostic>(), new ConcurrentQueue<ModuleTiming>(), [], cancellationToken);
        var empty = new Dictionary<string, IReadOnlyList<Document>>(StringComparer.Ordinal);

        var input = await Timed(run, Phase.Input, () => RunPhaseInParallel(Phase.Input, _ => [], _ => empty, empty, run));
        if (HasErrors(run.Diagnostics))
        {
            return Result(run, input, Phase.Input);
        }

        var process = await Timed(run, Phase.Process, () => RunProcessPhase(input, run));
        if (HasErrors(run.Diagnostics))
        {
            return Result(run, process, Phase.Process);
        }

        var postProcess = await Timed(run, Phase.PostProcess, () => RunPhaseInParallel(
            Phase.PostProcess, p => process[p.Name], _ => process, input, run));
        if (HasErrors(run.Diagnostics))
        {
            return Result(run, postProcess, Phase.PostProcess);
        }

        var output = await Timed(run, Phase.Output, () => RunPhaseInParallel(
            Phase.Output, p => postProcess[p.Name], _ => postProcess, input, run));
        return Result(run, output, HasErrors(run.Diagnostics) ? Phase.Output : null);
    }

    /// <summary>What one run collects as it goes: diagnostics and timings from every pipeline, and the cancellation.</summary>
    private sealed record Run(
        ConcurrentQueue<Diagnostic> Diagnostics,
        ConcurrentQueue<ModuleTiming> Modules,
        List<PhaseTiming> Phases,
        CancellationToken CancellationToken);

    private static async Task<T> Timed<T>(Run run, Phase phase, Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var result = await work();
        run.Phases.Add(new PhaseTiming(phase, clock.Elapsed, GC.GetTotalMemory(forceFullCollection: false)));
        return result;
    }

    private async Task<Dictionary<string, IReadOnlyList<Document>>> RunPhaseInParallel(
        Phase phase,
        Func<Pipeline, IReadOnlyList<Document>> inputsOf,
        Func<Pipeline, IReadOnlyDictionary<string, IReadOnlyList<Document>>> visibleTo,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> read,
        Run run)
    {
        var tasks = _ordered.Select(p => Task.Run(
            () => RunModules(p, phase, inputsOf(p), visibleTo(p), read, run),
            run.CancellationToken));
        var results = await Task.WhenAll(tasks);
        return _ordered.Zip(results).ToDictionary(pair => pair.First.Name, pair => pair.Second, StringComparer.Ordinal);
    }

    /// <summary>Each pipeline's Process starts as soon as the Process phases of its dependencies have finished.</summary>
    private async Task<Dictionary<string, IReadOnlyList<Document>>> RunProcessPhase(
        Dictionary<string, IReadOnlyList<Document>> input,
        Run run)
    {
        var tasks = new Dictionary<string, Task<IReadOnlyList<Document>>>(StringComparer.Ordinal);
        foreach (var pipeline in _ordered)
        {
            var dependencies = _dependencies[pipeline.Name].ToDictionary(name => name, name => tasks[name], StringComparer.Ordinal);
            tasks[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(dependencies.Values);
                var visible = dependencies.ToDictionary(pair => pair.Key, pair => pair.Value.Result, StringComparer.Ordinal);
                return await RunModules(pipeline, Phase.Process, input[pipeline.Name], visible, input, run);
            }, run.CancellationToken);
        }
        await Task.WhenAll(tasks.Values);
        return tasks.ToDictionary(pair => pair.Key, pair => pair.Value.Result, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<Document>> RunModules(
        Pipeline pipeline,
        Phase phase,
        IReadOnlyList<Document> documents,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> visible,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> read,
        Run run)
    {
        var position = 0;
        foreach (var module in pipeline.ModulesOf(phase))
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            var cache = _cache?.For($"{pipeline.Name}/{phase}/{position++}/{module.GetType().FullName}");
            var context = new ExecutionContext(pipeline.Name, phase, visible, read, run.Diagnostics, run.CancellationToken, cache);
            var clock = Stopwatch.StartNew();
            try
            {
                documents = await module.ExecuteAsync(documents, context);
                run.Modules.Enqueue(new ModuleTiming(pipeline.Name, phase, module.GetType().Name, clock.Elapsed, documents.Count));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                run.Diagnostics.Enqueue(Diagnostic.Error(
                    Diagnostic.InternalErrorCode,
                    $"internal error in {pipeline.Name}/{phase}/{module.GetType().Name}: {exception.Message}"));
                return []; // half-processed documents would only cause further errors downstream
            }
        }
        return documents;
    }

    private static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.IsError);

    private static EngineResult Result(Run run, IReadOnlyDictionary<string, IReadOnlyList<Document>> outputs, Phase? failedPhase)
    {
        var sorted = run.Diagnostics
            .OrderBy(d => d.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Severity)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();
        return new EngineResult(sorted, outputs, failedPhase)
        {
            Phases = [.. run.Phases],
            Modules = [.. run.Modules.OrderBy(t => t.Phase).ThenBy(t => t.Pipeline, StringComparer.Ordinal)],
        };
    }
}
