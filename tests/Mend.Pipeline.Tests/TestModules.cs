using System.Collections.Concurrent;

namespace Mend.Pipeline.Tests;

/// <summary>A module built from a lambda.</summary>
internal sealed class LambdaModule(Func<IReadOnlyList<Document>, IExecutionContext, Task<IReadOnlyList<Document>>> execute)
    : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        execute(inputs, context);
}

/// <summary>Small factories for test modules.</summary>
internal static class Modules
{
    public static IModule From(Func<IReadOnlyList<Document>, IExecutionContext, Task<IReadOnlyList<Document>>> execute) =>
        new LambdaModule(execute);

    public static IModule From(Func<IReadOnlyList<Document>, IExecutionContext, IReadOnlyList<Document>> execute) =>
        new LambdaModule((inputs, context) => Task.FromResult(execute(inputs, context)));

    /// <summary>Appends a new document with the given source and content to the inputs.</summary>
    public static IModule Add(string source, string content = "") =>
        From((inputs, _) => [.. inputs, new Document { Source = source, Content = content }]);

    /// <summary>Appends <paramref name="suffix"/> to every document's content.</summary>
    public static IModule Append(string suffix) =>
        From((inputs, _) => inputs.Select(d => d.WithContent(d.Content + suffix)).ToList());

    /// <summary>Passes its inputs through and records that it ran.</summary>
    public static IModule Record(ConcurrentQueue<string> log, string entry) =>
        From((inputs, _) =>
        {
            log.Enqueue(entry);
            return inputs;
        });

    /// <summary>Passes its inputs through and reports a diagnostic.</summary>
    public static IModule Report(Diagnostic diagnostic) =>
        From((inputs, context) =>
        {
            context.Report(diagnostic);
            return inputs;
        });

    /// <summary>Passes its inputs through and lets <paramref name="observe"/> look at the context.</summary>
    public static IModule Observe(Action<IReadOnlyList<Document>, IExecutionContext> observe) =>
        From((inputs, context) =>
        {
            observe(inputs, context);
            return inputs;
        });

    public static IModule Throw(Exception exception) =>
        From((_, _) => Task.FromException<IReadOnlyList<Document>>(exception));
}

/// <summary>Completes only once <paramref name="count"/> participants have arrived.</summary>
internal sealed class Rendezvous(int count)
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    /// <summary>Generous: only reached when the engine fails to run the participants concurrently.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public async Task ArriveAndWaitAsync()
    {
        if (Interlocked.Increment(ref _arrived) == count)
        {
            _all.TrySetResult();
        }
        try
        {
            await _all.Task.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"only {Volatile.Read(ref _arrived)} of {count} participants ran at the same time");
        }
    }
}

/// <summary>A stand-in context for running a module directly.</summary>
internal sealed class FakeContext(string pipelineName = "test", Phase phase = Phase.Process) : IExecutionContext
{
    public ModuleCache? Cache => null;

    public List<Diagnostic> Diagnostics { get; } = [];

    public string PipelineName => pipelineName;

    public Phase Phase => phase;

    public CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    public IReadOnlyList<Document> OutputsOf(string name) =>
        throw new InvalidOperationException($"no outputs of '{name}' in a fake context");

    public IReadOnlyList<Document> VisibleOutputs() => [];

    public IReadOnlyList<Document> InputsOf(string name) =>
        throw new InvalidOperationException($"no inputs of '{name}' in a fake context");
}

/// <summary>A fresh temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("mend-tests-").FullName;

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a UTF-8 text file at a relative path, creating folders as needed.</summary>
    public string Write(string relative, string content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Every file under <paramref name="folder"/> as relative forward-slash path → content, in ordinal order.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText),
            StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

internal static class Run
{
    public static Task<EngineResult> Engine(params Pipeline[] pipelines) =>
        new Engine(pipelines).RunAsync(TestContext.Current.CancellationToken);
}

/// <summary>Builds pipelines whose modules are chosen per phase.</summary>
internal static class Pipelines
{
    /// <summary>A pipeline with the modules <paramref name="modulesOf"/> gives for each phase.</summary>
    public static Pipeline With(string name, Func<Phase, IEnumerable<IModule>> modulesOf) => new(name)
    {
        Input = [.. modulesOf(Phase.Input)],
        Process = [.. modulesOf(Phase.Process)],
        PostProcess = [.. modulesOf(Phase.PostProcess)],
        Output = [.. modulesOf(Phase.Output)],
    };
}
