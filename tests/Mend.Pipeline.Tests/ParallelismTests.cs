using System.Collections.Concurrent;

namespace Mend.Pipeline.Tests;

public class ParallelismTests
{
    /// <summary>A module that only finishes once every module sharing <paramref name="rendezvous"/> has started.</summary>
    private static IModule MeetAt(Rendezvous rendezvous) => Modules.From(async (inputs, _) =>
    {
        await rendezvous.ArriveAndWaitAsync();
        return inputs;
    });

    [Theory]
    [InlineData(Phase.Input)]
    [InlineData(Phase.Process)]
    [InlineData(Phase.PostProcess)]
    [InlineData(Phase.Output)]
    public async Task IndependentPipelinesRunAPhaseConcurrently(Phase phase)
    {
        // Given three independent pipelines whose modules in one phase wait until all three have started
        var rendezvous = new Rendezvous(3);
        var pipelines = new[] { "a", "b", "c" }
            .Select(name => Pipelines.With(name, p => p == phase ? [MeetAt(rendezvous)] : []))
            .ToArray();

        // When the engine runs
        var result = await Run.Engine(pipelines);

        // Then no module timed out waiting for the others
        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task PipelinesSharingADependencyRunTheirProcessConcurrently()
    {
        // Given "pages" and "feed" both depending on "posts", meeting in Process
        var rendezvous = new Rendezvous(2);
        var log = new ConcurrentQueue<string>();

        // When the engine runs
        var result = await Run.Engine(
            new Pipeline("posts") { Process = [Modules.Record(log, "posts")] },
            new Pipeline("pages", "posts") { Process = [MeetAt(rendezvous)] },
            new Pipeline("feed", "posts") { Process = [MeetAt(rendezvous)] });

        // Then both ran at the same time, after their dependency
        Assert.Empty(result.Errors);
        Assert.Equal(["posts"], log);
    }

    [Fact]
    public async Task DependentProcessStartsOnlyAfterItsDependencysProcessFinished()
    {
        // Given "site" depending on "posts", where posts' Process lingers giving site every chance to start early
        var log = new ConcurrentQueue<string>();
        var siteStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = new Pipeline("posts")
        {
            Process =
            [
                Modules.Record(log, "posts:start"),
                Modules.From(async (inputs, _) =>
                {
                    // A correct engine never starts site now; waiting just lets a wrong one show itself.
                    await Task.WhenAny(siteStarted.Task, Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));
                    return inputs;
                }),
                Modules.Record(log, "posts:end"),
            ],
        };
        var site = new Pipeline("site", "posts")
        {
            Process =
            [
                Modules.Observe((_, _) =>
                {
                    log.Enqueue("site:start");
                    siteStarted.TrySetResult();
                }),
            ],
        };

        // When the engine runs
        var result = await Run.Engine(site, posts);

        // Then site's Process started after posts' Process had finished
        Assert.True(result.Succeeded);
        Assert.Equal(["posts:start", "posts:end", "site:start"], log);
    }

    [Fact]
    public async Task ProcessOfADependentDoesNotWaitForUnrelatedPipelines()
    {
        // Given "archive" (first in pipeline order), which only finishes Process once "site" has run its Process,
        // and "site" depending only on "posts"
        var siteRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var archive = new Pipeline("archive")
        {
            Process =
            [
                Modules.From(async (inputs, _) =>
                {
                    await siteRan.Task.WaitAsync(Rendezvous.Timeout, TestContext.Current.CancellationToken);
                    return inputs;
                }),
            ],
        };
        var site = new Pipeline("site", "posts") { Process = [Modules.Observe((_, _) => siteRan.TrySetResult())] };

        // When the engine runs
        var result = await Run.Engine(archive, site, new Pipeline("posts"));

        // Then site did not wait for archive (otherwise archive would have timed out)
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task NoPostProcessStartsBeforeEveryProcessFinished()
    {
        // Given a pipeline whose Process lingers, beside one with a PostProcess
        var log = new ConcurrentQueue<string>();
        var postStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lingering = new Pipeline("lingering")
        {
            Process =
            [
                Modules.From(async (inputs, _) =>
                {
                    // A correct engine never starts PostProcess now; waiting just lets a wrong one show itself.
                    await Task.WhenAny(postStarted.Task, Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));
                    return inputs;
                }),
                Modules.Record(log, "process:end"),
            ],
        };
        var quick = new Pipeline("quick")
        {
            PostProcess =
            [
                Modules.Observe((_, _) =>
                {
                    log.Enqueue("post:start");
                    postStarted.TrySetResult();
                }),
            ],
        };

        // When the engine runs
        await Run.Engine(lingering, quick);

        // Then the PostProcess started only after the lingering Process ended
        Assert.Equal(["process:end", "post:start"], log);
    }
}
