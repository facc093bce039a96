using System.Collections.Concurrent;
using Mend.Pipeline.Modules;

namespace Mend.Pipeline.Tests;

/// <summary>A rebuild with a <see cref="RunCache"/> reuses what a module made of the very same document, and nothing else.</summary>
public sealed class RunCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Upper-cases each document, counting the documents it really maps, and warns about empty ones.</summary>
    private sealed class Shout(ConcurrentBag<string> mapped, bool reuses) : DocumentModule
    {
        protected override bool ReusesResults => reuses;

        protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
        {
            mapped.Add(document.Source);
            if (document.Content.Length == 0)
            {
                context.Report(Diagnostic.Warning("W1", "empty", document.Source));
            }
            yield return document.WithContent(document.Content.ToUpperInvariant());
        }
    }

    private static Pipeline Pipeline(Func<IReadOnlyList<Document>> read, IModule module) => new("p")
    {
        Input = [Modules.From((_, _) => read()), module],
    };

    private static Task<EngineResult> RunWith(RunCache cache, Pipeline pipeline) =>
        new Engine([pipeline], cache).RunAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task TheSameDocumentIsNotMappedAgainAndItsDiagnosticsComeBack()
    {
        // Given two documents handed over again as the very same instances, one of them empty
        var a = new Document { Source = "a", Content = "hello" };
        var b = new Document { Source = "b", Content = "" };
        var mapped = new ConcurrentBag<string>();
        var cache = new RunCache();

        // When the engine runs twice with one cache
        var first = await RunWith(cache, Pipeline(() => [a, b], new Shout(mapped, reuses: true)));
        var second = await RunWith(cache, Pipeline(() => [a, b], new Shout(mapped, reuses: true)));

        // Then each was mapped once, and the second run gives the same documents and the same warning
        Assert.Equal(["a", "b"], mapped.Order());
        Assert.Equal(first.Outputs["p"], second.Outputs["p"]);
        Assert.Equal("HELLO", second.Outputs["p"][0].Content);
        Assert.Equal(["b: warning W1: empty"], second.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task AnEqualButNewDocumentIsMappedAgain()
    {
        var mapped = new ConcurrentBag<string>();
        var cache = new RunCache();

        await RunWith(cache, Pipeline(() => [new Document { Source = "a", Content = "x" }], new Shout(mapped, reuses: true)));
        await RunWith(cache, Pipeline(() => [new Document { Source = "a", Content = "x" }], new Shout(mapped, reuses: true)));

        Assert.Equal(["a", "a"], mapped);
    }

    [Fact]
    public async Task AModuleThatDoesNotSayItsResultsCanBeReusedMapsEveryTime()
    {
        var a = new Document { Source = "a", Content = "x" };
        var mapped = new ConcurrentBag<string>();
        var cache = new RunCache();

        await RunWith(cache, Pipeline(() => [a], new Shout(mapped, reuses: false)));
        await RunWith(cache, Pipeline(() => [a], new Shout(mapped, reuses: false)));

        Assert.Equal(["a", "a"], mapped);
    }

    [Fact]
    public async Task WhatARunDidNotUseIsDroppedAfterIt()
    {
        // Given a document mapped in run 1, absent from run 2
        var a = new Document { Source = "a", Content = "x" };
        var b = new Document { Source = "b", Content = "y" };
        var mapped = new ConcurrentBag<string>();
        var cache = new RunCache();

        await RunWith(cache, Pipeline(() => [a], new Shout(mapped, reuses: true)));
        await RunWith(cache, Pipeline(() => [b], new Shout(mapped, reuses: true)));
        await RunWith(cache, Pipeline(() => [a], new Shout(mapped, reuses: true)));

        // Then run 3 maps it again: the cache holds one build's worth, not every document ever seen
        Assert.Equal(["a", "a", "b"], mapped.Order());
    }

    [Fact]
    public async Task ReadFilesHandsBackTheSameDocumentForAnUnchangedFileAndANewOneForAChangedFile()
    {
        _temp.Write("guides/a.md", "one");
        _temp.Write("guides/b.md", "two");
        var cache = new RunCache();
        var pipeline = () => new Pipeline("p") { Input = [new ReadFiles(TestRules.Files, _temp.Path, "guides", "*.md")] };

        var first = (await RunWith(cache, pipeline())).Outputs["p"];
        _temp.Write("guides/b.md", "two, edited");
        var second = (await RunWith(cache, pipeline())).Outputs["p"];

        Assert.Same(first[0], second[0]);
        Assert.NotSame(first[1], second[1]);
        Assert.Equal("two, edited", second[1].Content);
    }
}
