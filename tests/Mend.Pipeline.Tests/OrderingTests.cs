namespace Mend.Pipeline.Tests;

public class OrderingTests
{
    [Fact]
    public void IndependentPipelinesAreOrderedByName()
    {
        // Given pipelines without dependencies, registered out of order
        var pipelines = new[] { new Pipeline("content"), new Pipeline("Assets"), new Pipeline("blog") };

        // When the engine orders them
        var order = new Engine(pipelines).PipelineOrder;

        // Then they are in ordinal name order
        Assert.Equal(["Assets", "blog", "content"], order);
    }

    [Fact]
    public void DependenciesComeBeforeTheirDependents()
    {
        // Given a dependent whose name sorts before its dependencies
        var pipelines = new[]
        {
            new Pipeline("a-site", "m-pages"),
            new Pipeline("m-pages", "z-data"),
            new Pipeline("z-data"),
        };

        // When the engine orders them
        var order = new Engine(pipelines).PipelineOrder;

        // Then each pipeline comes after every pipeline it depends on
        Assert.Equal(["z-data", "m-pages", "a-site"], order);
    }

    [Fact]
    public void DependenciesOfOnePipelineAreOrderedByName()
    {
        // Given a pipeline that depends on two others listed in reverse name order
        var pipelines = new[] { new Pipeline("site", "tags", "pages"), new Pipeline("tags"), new Pipeline("pages") };

        // When the engine orders them
        var order = new Engine(pipelines).PipelineOrder;

        // Then the dependencies come first, ordered by name
        Assert.Equal(["pages", "tags", "site"], order);
    }

    [Fact]
    public void OrderDoesNotDependOnRegistrationOrder()
    {
        // Given the same pipelines registered in two different orders
        Pipeline[] Make() => [new Pipeline("feed", "posts"), new Pipeline("posts"), new Pipeline("assets"), new Pipeline("index", "posts", "assets")];
        var forwards = Make();
        var backwards = Make().Reverse().ToArray();

        // When each is ordered
        var first = new Engine(forwards).PipelineOrder;
        var second = new Engine(backwards).PipelineOrder;

        // Then both orders are the same
        Assert.Equal(first, second);
        Assert.Equal(4, first.Count);
    }

    [Fact]
    public void CycleIsRejectedNamingTheCycle()
    {
        // Given blog → pages → tags → pages
        var pipelines = new[] { new Pipeline("blog", "pages"), new Pipeline("pages", "tags"), new Pipeline("tags", "pages") };

        // When the engine is built
        var error = Assert.Throws<ArgumentException>(() => new Engine(pipelines));

        // Then the message names the pipelines on the cycle, and not the one leading into it
        Assert.Contains("pages -> tags -> pages", error.Message);
        Assert.DoesNotContain("blog", error.Message);
    }

    [Fact]
    public void PipelineDependingOnItselfIsACycle()
    {
        // Given a pipeline that depends on itself
        var pipelines = new[] { new Pipeline("loop", "loop") };

        // When the engine is built
        var error = Assert.Throws<ArgumentException>(() => new Engine(pipelines));

        // Then the cycle is named
        Assert.Contains("loop -> loop", error.Message);
    }

    [Fact]
    public void UnknownDependencyIsRejected()
    {
        // Given a pipeline depending on one that does not exist
        var pipelines = new[] { new Pipeline("pages", "missing") };

        // When the engine is built
        var error = Assert.Throws<ArgumentException>(() => new Engine(pipelines));

        // Then the message names both
        Assert.Contains("'pages'", error.Message);
        Assert.Contains("'missing'", error.Message);
    }

    [Fact]
    public void DuplicateNamesAreRejected()
    {
        // Given two pipelines with the same name
        var pipelines = new[] { new Pipeline("pages"), new Pipeline("other"), new Pipeline("pages") };

        // When the engine is built
        var error = Assert.Throws<ArgumentException>(() => new Engine(pipelines));

        // Then the message names the duplicate
        Assert.Contains("'pages'", error.Message);
    }

    [Fact]
    public void NamesDifferingOnlyInCaseAreDistinct()
    {
        // Given two pipelines whose names differ only in case
        var pipelines = new[] { new Pipeline("pages"), new Pipeline("Pages") };

        // When the engine is built
        var order = new Engine(pipelines).PipelineOrder;

        // Then both are kept, in ordinal order
        Assert.Equal(["Pages", "pages"], order);
    }

    [Fact]
    public async Task OutputsAreKeyedByEveryPipelineName()
    {
        // Given three pipelines that each produce one document
        var pipelines = new[] { "c", "a", "b" }.Select(name => new Pipeline(name) { Input = [Modules.Add(name)] }).ToArray();

        // When the engine runs
        var result = await Run.Engine(pipelines);

        // Then each pipeline's documents are under its name
        Assert.Equal(["a", "b", "c"], result.Outputs.Keys.Order(StringComparer.Ordinal));
        Assert.All(result.Outputs, pair => Assert.Equal(pair.Key, Assert.Single(pair.Value).Source));
    }
}
