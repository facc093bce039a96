using System.Text;
using System.Text.Json;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Search;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Search;

/// <summary>The index module over finished in-memory pages; the index of a built site is in <see cref="SearchIndexTests"/>.</summary>
public sealed class BuildSearchIndexTests
{
    private static Document Entry(string id, SearchText? text, params string[] tags)
    {
        var page = IdPage(PageKind.Rupture, id, $"Entry {id}", $"/ruptures/{id}/", "input/catalogs/ruptures.yml")
            .WithPage(p => p with { Tags = [.. tags] });
        return text is null ? page : page.With(text);
    }

    private static async Task<(IReadOnlyList<Document> Outputs, JsonElement Index)> Build(
        Document[] guides, Document[] catalogs, params Document[] inputs)
    {
        var context = new FakeContext(Pipelines(("Guides", guides), ("Catalogs", catalogs)));
        var outputs = await new BuildSearchIndex(Urls, "Guides", "Catalogs").ExecuteAsync(inputs, context);
        var text = Encoding.UTF8.GetString([.. outputs[^1].Bytes!.Value]);
        var prefix = $"window.{SearchIndexFile.Global} = ";
        return (outputs, JsonDocument.Parse(text[(text.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..text.LastIndexOf(';')]).RootElement);
    }

    private static List<string[]> Rows(JsonElement array) =>
        [.. array.EnumerateArray().Select(row => row.EnumerateArray().Select(e => e.GetString()!).ToArray())];

    private static List<string> RecordUrls(JsonElement index) =>
        [.. index.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("u").GetString()!)];

    [Fact]
    public async Task TheIndexIsAnAssetAddedAfterTheDocumentsBeforeIt()
    {
        var before = new Document { Destination = "search/index.html" };

        var (outputs, _) = await Build([], [], before);

        Assert.Equal(2, outputs.Count);
        Assert.Same(before, outputs[0]);
        Assert.Equal((null, new Asset("search-index.js")), (outputs[1].Destination, outputs[1].Get<Asset>()));
    }

    [Fact]
    public async Task GuidesGiveARecordPerSectionAndOtherPagesOneIfTheyHaveSearchTextAllInUrlOrder()
    {
        var guide = GuidePage("steps", "Steps", html: "<p>Intro.</p><h2 id=\"apologize\">Say sorry</h2><p>Plainly.</p>");
        var entry = Entry("late", new SearchText("They waited.", new Facet("minor", "Minor", 0), [new Facet("family", "Family", 2)]), "time");

        var (_, index) = await Build([guide], [entry, Entry("no-text", null), IdPage(PageKind.Catalog, "ruptures", "Ruptures", "/ruptures/", "x")]);

        Assert.Equal(["guides/steps/", "guides/steps/#apologize", "ruptures/late/"], RecordUrls(index));
        var record = index.GetProperty("records")[2];
        Assert.Equal(
            ("Entry late", "", "They waited.", "rupture", "minor", "time", "family"),
            (record.GetProperty("t").GetString(), record.GetProperty("h").GetString(), record.GetProperty("b").GetString(),
             record.GetProperty("k").GetString(), record.GetProperty("s").GetString(),
             record.GetProperty("g")[0].GetString(), record.GetProperty("r")[0].GetString()));
    }

    [Fact]
    public async Task EachFacetIsListedOnceByRankThenById()
    {
        static SearchText Text(Facet severity, params Facet[] relationships) => new("Text.", severity, [.. relationships]);
        var (minor, serious) = (new Facet("minor", "Minor", 0), new Facet("serious", "Serious", 1));
        var (work, family, other) = (new Facet("work", "Work", 3), new Facet("family", "Family", 2), new Facet("aaa", "Same rank", 2));

        var (_, index) = await Build([], [
            Entry("a", Text(serious, work, family)),
            Entry("b", Text(minor, family)),
            Entry("c", Text(minor, other)),
        ]);

        Assert.Equal([["minor", "Minor"], ["serious", "Serious"]], Rows(index.GetProperty("severities")));
        Assert.Equal([["aaa", "Same rank"], ["family", "Family"], ["work", "Work"]], Rows(index.GetProperty("relationships")));
        Assert.Equal(
            [["guide", "Guides", "Guide"], ["rupture", "Examples", "Example"], ["challenge", "What gets in the way", "What gets in the way"]],
            Rows(index.GetProperty("kinds")));
    }
}
