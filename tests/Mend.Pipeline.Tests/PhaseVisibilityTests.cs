using System.Collections.Concurrent;

namespace Mend.Pipeline.Tests;

public class PhaseVisibilityTests
{
    /// <summary>A pipeline whose documents say which phase last touched them: "name:input", then ":process", ...</summary>
    private static Pipeline Producer(string name, params string[] dependencies) => new(name, dependencies)
    {
        Input = [Modules.Add(name, $"{name}:input")],
        Process = [Modules.Append(":process")],
        PostProcess = [Modules.Append(":post")],
        Output = [Modules.Append(":output")],
    };

    private static string Contents(IEnumerable<Document> documents) => string.Join(" | ", documents.Select(d => d.Content));

    [Fact]
    public async Task InputSeesNothingOfOtherPipelines()
    {
        // Given a pipeline whose Input looks at another pipeline that it even depends on
        Exception? seen = null;
        IReadOnlyList<Document>? visible = null;
        var reader = new Pipeline("reader", "other")
        {
            Input =
            [
                Modules.Observe((_, context) =>
                {
                    visible = context.VisibleOutputs();
                    seen = Record.Exception(() => context.OutputsOf("other"));
                }),
            ],
        };

        // When the engine runs
        await Run.Engine(reader, Producer("other"));

        // Then it sees no documents and asking for the other pipeline throws
        Assert.NotNull(visible);
        Assert.Empty(visible);
        Assert.IsType<InvalidOperationException>(seen);
    }

    [Fact]
    public async Task ProcessSeesOnlyItsDependencies()
    {
        // Given "site" depending on "posts" only, with an unrelated "assets"
        string? visible = null;
        Exception? unrelated = null;
        var site = new Pipeline("site", "posts")
        {
            Process =
            [
                Modules.Observe((_, context) =>
                {
                    visible = Contents(context.VisibleOutputs());
                    unrelated = Record.Exception(() => context.OutputsOf("assets"));
                }),
            ],
        };

        // When the engine runs
        await Run.Engine(site, Producer("posts"), Producer("assets"));

        // Then site sees the Process output of posts, and asking for assets throws
        Assert.Equal("posts:input:process", visible);
        var error = Assert.IsType<InvalidOperationException>(unrelated);
        Assert.Contains("assets", error.Message);
    }

    [Fact]
    public async Task ProcessCannotSeeItsOwnPipeline()
    {
        // Given a pipeline whose Process asks for its own outputs
        Exception? seen = null;
        var self = new Pipeline("self") { Process = [Modules.Observe((_, context) => seen = Record.Exception(() => context.OutputsOf("self")))] };

        // When the engine runs
        await Run.Engine(self);

        // Then that throws
        Assert.IsType<InvalidOperationException>(seen);
    }

    [Fact]
    public async Task ProcessSeesTransitiveDependencies()
    {
        // Given site → pages → data
        string? data = null;
        string? all = null;
        var site = new Pipeline("site", "pages")
        {
            Process =
            [
                Modules.Observe((_, context) =>
                {
                    data = Contents(context.OutputsOf("data"));
                    all = Contents(context.VisibleOutputs());
                }),
            ],
        };

        // When the engine runs
        await Run.Engine(site, Producer("pages", "data"), Producer("data"));

        // Then site sees the Process outputs of both, in pipeline-name order
        Assert.Equal("data:input:process", data);
        Assert.Equal("data:input:process | pages:input:process", all);
    }

    [Fact]
    public async Task PostProcessSeesEveryPipelinesProcessOutputs()
    {
        // Given "a" with no dependencies, beside "b" and "c"
        string? visible = null;
        string? b = null;
        var a = new Pipeline("a")
        {
            Input = [Modules.Add("a", "a:input")],
            PostProcess =
            [
                Modules.Observe((_, context) =>
                {
                    visible = Contents(context.VisibleOutputs());
                    b = Contents(context.OutputsOf("b"));
                }),
            ],
        };

        // When the engine runs
        await Run.Engine(a, Producer("b"), Producer("c"));

        // Then PostProcess of a sees the Process outputs (not the PostProcess outputs) of every pipeline, itself included
        Assert.Equal("a:input | b:input:process | c:input:process", visible);
        Assert.Equal("b:input:process", b);
    }

    [Fact]
    public async Task OutputSeesEveryPipelinesPostProcessOutputs()
    {
        // Given "a" beside an unrelated "b"
        string? visible = null;
        string? b = null;
        var a = new Pipeline("a")
        {
            Input = [Modules.Add("a", "a:input")],
            PostProcess = [Modules.Append(":post")],
            Output =
            [
                Modules.Observe((_, context) =>
                {
                    visible = Contents(context.VisibleOutputs());
                    b = Contents(context.OutputsOf("b"));
                }),
            ],
        };

        // When the engine runs
        await Run.Engine(a, Producer("b"));

        // Then Output of a sees every pipeline's PostProcess outputs
        Assert.Equal("a:input:post | b:input:process:post", visible);
        Assert.Equal("b:input:process:post", b);
    }

    [Fact]
    public async Task OutputsOfUnknownPipelineThrowsInEveryPhase()
    {
        // Given a pipeline asking for a pipeline that does not exist, in each phase
        var seen = new ConcurrentDictionary<Phase, Exception?>();
        var probe = Modules.Observe((_, context) => seen[context.Phase] = Record.Exception(() => context.OutputsOf("nobody")));
        var pipeline = new Pipeline("a") { Input = [probe], Process = [probe], PostProcess = [probe], Output = [probe] };

        // When the engine runs
        await Run.Engine(pipeline);

        // Then every phase throws InvalidOperationException
        Assert.Equal(Enum.GetValues<Phase>(), seen.Keys.Order());
        Assert.All(seen.Values, e => Assert.IsType<InvalidOperationException>(e));
    }

    [Fact]
    public async Task EachPhaseReceivesItsOwnPipelinesPreviousPhaseOutputs()
    {
        // Given a pipeline that records what each phase receives, beside another that produces documents
        var received = new ConcurrentDictionary<Phase, string>();
        var record = Modules.Observe((inputs, context) => received[context.Phase] = Contents(inputs));
        var pipeline = new Pipeline("a")
        {
            Input = [record, Modules.Add("a", "a:input")],
            Process = [record, Modules.Append(":process")],
            PostProcess = [record, Modules.Append(":post")],
            Output = [record, Modules.Append(":output")],
        };

        // When the engine runs
        var result = await Run.Engine(pipeline, Producer("b"));

        // Then Input starts empty, each later phase gets the previous phase's outputs, and the result holds Output's
        Assert.Equal("", received[Phase.Input]);
        Assert.Equal("a:input", received[Phase.Process]);
        Assert.Equal("a:input:process", received[Phase.PostProcess]);
        Assert.Equal("a:input:process:post", received[Phase.Output]);
        Assert.Equal("a:input:process:post:output", Contents(result.Outputs["a"]));
        Assert.Equal("b:input:process:post:output", Contents(result.Outputs["b"]));
    }

    [Fact]
    public async Task ModulesWithinAPhaseChain()
    {
        // Given three Process modules
        var pipeline = new Pipeline("a")
        {
            Process =
            [
                Modules.Add("one", "1"),
                Modules.Append("-x"),
                Modules.From((inputs, _) => [.. inputs, new Document { Source = "count", Content = inputs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }]),
            ],
        };

        // When the engine runs
        var result = await Run.Engine(pipeline);

        // Then each module received the previous module's output
        Assert.Equal("1-x | 1", Contents(result.Outputs["a"]));
    }

    [Fact]
    public async Task ContextNamesThePipelineAndPhase()
    {
        // Given two pipelines recording their context in every phase
        var seen = new ConcurrentBag<string>();
        var probe = Modules.Observe((_, context) => seen.Add($"{context.PipelineName}/{context.Phase}"));
        Pipeline Make(string name) => new(name) { Input = [probe], Process = [probe], PostProcess = [probe], Output = [probe] };

        // When the engine runs
        await Run.Engine(Make("a"), Make("b"));

        // Then each module saw its own pipeline and phase
        var expected = from name in new[] { "a", "b" } from phase in Enum.GetValues<Phase>() select $"{name}/{phase}";
        Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InputCannotLookAtWhatOthersRead()
    {
        // Given a pipeline whose Input asks what another pipeline read
        Exception? seen = null;
        var reader = new Pipeline("reader")
        {
            Input = [Modules.Observe((_, context) => seen = Record.Exception(() => context.InputsOf("other")))],
        };

        // When the engine runs
        await Run.Engine(reader, Producer("other"));

        // Then asking throws: the other Input may not have run yet
        Assert.IsType<InvalidOperationException>(seen);
    }

    [Fact]
    public async Task EveryLaterPhaseSeesWhatEveryPipelineReadWithoutDependingOnIt()
    {
        // Given "site", which depends on nothing, looking at what "posts" read in each later phase
        var seen = new ConcurrentDictionary<Phase, string>();
        var site = Pipelines.With("site", phase => phase == Phase.Input
            ? []
            : [Modules.Observe((_, context) => seen[context.Phase] = Contents(context.InputsOf("posts")))]);

        // When the engine runs
        var result = await Run.Engine(site, Producer("posts"));

        // Then each phase saw the documents as the Input phase left them, not as Process changed them
        Assert.True(result.Succeeded);
        Assert.Equal(["posts:input", "posts:input", "posts:input"],
            new[] { Phase.Process, Phase.PostProcess, Phase.Output }.Select(p => seen[p]));
    }

    [Fact]
    public async Task InputsOfAnUnknownPipelineThrows()
    {
        // Given a Process that asks what a pipeline that does not exist read
        Exception? seen = null;
        var site = new Pipeline("site")
        {
            Process = [Modules.Observe((_, context) => seen = Record.Exception(() => context.InputsOf("nobody")))],
        };

        // When the engine runs
        await Run.Engine(site);

        // Then it throws, naming the pipeline
        Assert.Contains("nobody", Assert.IsType<InvalidOperationException>(seen).Message, StringComparison.Ordinal);
    }
}
