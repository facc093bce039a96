namespace Mend.Pipeline.Tests;

public class DocumentModuleTests
{
    /// <summary>Maps each document to itself with a suffix, twice for a document named "twice", not at all for "drop".</summary>
    private sealed class Echo : DocumentModule
    {
        protected override IEnumerable<Document> Map(Document document, IExecutionContext context) => document.Source switch
        {
            "drop" => [],
            "twice" => [document.WithContent("1"), document.WithContent("2")],
            _ => [document.WithContent(document.Source + "!")],
        };
    }

    /// <summary>Sees all its inputs at once: keeps them and adds one that counts them.</summary>
    private sealed class Count : DocumentModule
    {
        protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context) =>
            [.. inputs, new Document { Source = "count", Content = $"{inputs.Count}" }];
    }

    private sealed class PassThrough : DocumentModule;

    private static Document[] Named(params string[] sources) => [.. sources.Select(s => new Document { Source = s })];

    [Fact]
    public async Task MapRunsOnEachDocumentInOrderAndMayDropOrMultiply()
    {
        // Given four documents, one to drop and one to double
        var inputs = Named("a", "drop", "twice", "b");

        // When the module runs
        var outputs = await new Echo().ExecuteAsync(inputs, new FakeContext());

        // Then each maps in its place
        Assert.Equal(["a!", "1", "2", "b!"], outputs.Select(d => d.Content));
    }

    [Fact]
    public async Task RunSeesAllTheInputsAtOnce()
    {
        var outputs = await new Count().ExecuteAsync(Named("a", "b"), new FakeContext());

        Assert.Equal(["a", "b", "count"], outputs.Select(d => d.Source));
        Assert.Equal("2", outputs[^1].Content);
    }

    [Fact]
    public async Task AModuleThatOverridesNothingPassesItsInputsThrough()
    {
        var inputs = Named("a", "b");

        var outputs = await new PassThrough().ExecuteAsync(inputs, new FakeContext());

        Assert.Equal(inputs, outputs);
    }
}
