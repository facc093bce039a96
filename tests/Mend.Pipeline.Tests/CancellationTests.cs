using System.Collections.Concurrent;

namespace Mend.Pipeline.Tests;

public class CancellationTests
{
    private static Pipeline Recording(string name, ConcurrentQueue<string> log) => new(name)
    {
        Input = [Modules.Record(log, $"{name}:input")],
        Process = [Modules.Record(log, $"{name}:process")],
        PostProcess = [Modules.Record(log, $"{name}:post")],
        Output = [Modules.Record(log, $"{name}:output")],
    };

    [Fact]
    public async Task AnAlreadyCancelledTokenThrowsAndRunsNoModule()
    {
        // Given a cancelled token
        var log = new ConcurrentQueue<string>();
        var engine = new Engine([Recording("a", log), Recording("b", log)]);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        // When the engine runs
        var run = engine.RunAsync(cts.Token);

        // Then it throws and no module ran
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Empty(log);
    }

    [Fact]
    public async Task CancellingDuringARunStopsFurtherModules()
    {
        // Given a pipeline whose first Process module cancels the run
        var log = new ConcurrentQueue<string>();
        using var cts = new CancellationTokenSource();
        var pipeline = new Pipeline("a")
        {
            Input = [Modules.Record(log, "a:input")],
            Process =
            [
                Modules.From(async (inputs, _) =>
                {
                    log.Enqueue("a:cancel");
                    await cts.CancelAsync();
                    return inputs;
                }),
                Modules.Record(log, "a:after-cancel"),
            ],
            PostProcess = [Modules.Record(log, "a:post")],
            Output = [Modules.Record(log, "a:output")],
        };

        // When the engine runs
        var run = new Engine([pipeline]).RunAsync(cts.Token);

        // Then it throws, and no module after the cancellation ran
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(["a:input", "a:cancel"], log);
    }

    [Fact]
    public async Task CancellingInProcessStopsDependentPipelines()
    {
        // Given "site" depending on "posts", whose Process cancels the run
        var log = new ConcurrentQueue<string>();
        using var cts = new CancellationTokenSource();
        var posts = new Pipeline("posts") { Process = [Modules.From(async (inputs, _) => { await cts.CancelAsync(); return inputs; })] };
        var site = new Pipeline("site", "posts") { Process = [Modules.Record(log, "site:process")] };

        // When the engine runs
        var run = new Engine([posts, site]).RunAsync(cts.Token);

        // Then it throws and site's Process never ran
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Empty(log);
    }

    [Fact]
    public async Task AModuleObservingTheTokenIsCancelledAndNotReportedAsAnError()
    {
        // Given a module that waits on the context's token
        using var cts = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pipeline = new Pipeline("a")
        {
            PostProcess =
            [
                Modules.From(async (inputs, context) =>
                {
                    started.TrySetResult();
                    await Task.Delay(Rendezvous.Timeout, context.CancellationToken);
                    return inputs;
                }),
            ],
        };
        var run = new Engine([pipeline]).RunAsync(cts.Token);
        await started.Task.WaitAsync(Rendezvous.Timeout, TestContext.Current.CancellationToken);

        // When the run is cancelled while the module waits
        await cts.CancelAsync();

        // Then the run throws OperationCanceledException rather than returning an MEND900 error
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task ModulesSeeTheRunsToken()
    {
        // Given a module recording its context's token
        using var cts = new CancellationTokenSource();
        var tokens = new ConcurrentBag<CancellationToken>();
        var probe = Modules.Observe((_, context) => tokens.Add(context.CancellationToken));
        var pipeline = new Pipeline("a") { Input = [probe], Process = [probe], PostProcess = [probe], Output = [probe] };

        // When the engine runs with a token
        await new Engine([pipeline]).RunAsync(cts.Token);

        // Then every phase saw that token
        Assert.Equal(4, tokens.Count);
        Assert.All(tokens, token => Assert.Equal(cts.Token, token));
    }
}
