namespace Mend.Pipeline.Tests;

public class TimingTests
{
    [Fact]
    public async Task EveryPhaseThatRanAndEveryModuleIsTimedWithTheDocumentsItReturned()
    {
        // Given two pipelines, one with a module in Input and two in Process
        var posts = new Pipeline("posts")
        {
            Input = [Modules.Add("a.md"), Modules.Add("b.md")],
            Process = [Modules.Append("!")],
        };
        var site = new Pipeline("site", "posts") { Output = [Modules.Add("index.html")] };

        // When the engine runs
        var result = await Run.Engine(posts, site);

        // Then each phase is timed once, in order, and each module once, with its pipeline, phase and documents
        Assert.Equal([Phase.Input, Phase.Process, Phase.PostProcess, Phase.Output], result.Phases.Select(p => p.Phase));
        Assert.Equal(
            [("posts", Phase.Input, 1), ("posts", Phase.Input, 2), ("posts", Phase.Process, 2), ("site", Phase.Output, 1)],
            result.Modules.Select(m => (m.Pipeline, m.Phase, m.Documents)).Order());
        Assert.All(result.Modules, m => Assert.True(m.Elapsed >= TimeSpan.Zero));
        Assert.All(result.Phases, p => Assert.True(p.HeapBytes > 0, $"{p.Phase} has no heap size"));
    }

    [Fact]
    public async Task ABuildThatStopsTimesOnlyThePhasesThatRan()
    {
        var broken = new Pipeline("broken") { Input = [Modules.Report(Diagnostic.Error("E1", "broken"))] };

        var result = await Run.Engine(broken);

        Assert.Equal([Phase.Input], result.Phases.Select(p => p.Phase));
    }
}
