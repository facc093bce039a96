using Mend.Site.Tests.Strings;
using System.Text;
using System.Text.Json;
using Mend.Pipeline;
using Mend.Site.Assets;
using Mend.Site.Core;
using Mend.Site.Guides;
using Mend.Site.Search;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Search;

/// <summary>The index module over finished in-memory pages; the index of a built site is in <see cref="SearchIndexTests"/>.</summary>
public sealed class BuildSearchIndexTests : IDisposable
{
    private readonly DirectoryInfo _site = Directory.CreateTempSubdirectory("mend-search-index-");

    public void Dispose() => _site.Delete(recursive: true);

    private static Document Entry(string id, SearchText? text, params string[] tags)
    {
        var page = IdPage(PageKind.Rupture, id, $"Entry {id}", $"/ruptures/{id}/", "input/catalogs/ruptures.yml")
            .WithPage(p => p with { Tags = [.. tags] });
        return text is null ? page : page.With(text);
    }

    /// <summary>Runs the module, writes the files it makes where the build would, and reads them back.</summary>
    private Task<(IReadOnlyList<Document> Outputs, SearchIndexReader Index)> Build(
        Document[] guides, Document[] catalogs, params Document[] inputs) =>
        Build(new FakeContext(Pipelines(("Guides", guides), ("Catalogs", catalogs))), inputs);

    private async Task<(IReadOnlyList<Document> Outputs, SearchIndexReader Index)> Build(FakeContext context, params Document[] inputs)
    {
        var names = new FingerprintAssets();
        var outputs = await new BuildSearchIndex(Urls, EnglishStrings.Value, names, "Guides", "Catalogs").ExecuteAsync(inputs, context);
        var site = _site.FullName;
        foreach (var asset in outputs.Where(d => d.Has<Asset>()))
        {
            var path = Path.Join(site, names.DestinationOf(asset.Get<Asset>().Name, asset.Bytes!.Value.AsSpan()));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, [.. asset.Bytes!.Value], TestContext.Current.CancellationToken);
        }
        return (outputs, new SearchIndexReader(site));
    }

    private static List<string[]> Rows(JsonElement array) =>
        [.. array.EnumerateArray().Select(row => row.EnumerateArray().Select(e => e.GetString()!).ToArray())];


    [Fact]
    public async Task TheIndexIsAnAssetAddedAfterTheDocumentsBeforeIt()
    {
        var before = new Document { Destination = "search/index.html" };

        var (outputs, _) = await Build([], [], before);

        Assert.Same(before, outputs[0]);
        Assert.All(outputs.Skip(1), d => Assert.Null(d.Destination));
        var names = outputs.Skip(1).Select(d => d.Get<Asset>().Name).ToList();
        Assert.Contains(SearchIndexFile.AssetName, names);
        Assert.All(names.Where(n => n != SearchIndexFile.AssetName),
            n => Assert.StartsWith(SearchIndexFile.Folder + "/", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PagesWithSectionsGiveARecordPerSectionAndOtherPagesOneIfTheyHaveSearchTextAllInUrlOrder()
    {
        var guide = GuidePage("steps", "Steps").With(
            new SearchSections([new SearchSection("", "", "Intro."), new SearchSection("apologize", "Say sorry", "Plainly.")]));
        var entry = Entry("late", new SearchText("They waited.", new Facet("minor", "Minor", 0), [new Facet("family", "Family", 2)]), "time");

        var (_, index) = await Build([guide], [entry, Entry("no-text", null), IdPage(PageKind.Catalog, "ruptures", "Ruptures", "/ruptures/", "x")]);

        var records = index.Records();
        Assert.Equal(["guides/steps/", "guides/steps/#apologize", "ruptures/late/"], records.Select(r => r.Url));
        Assert.Equal(("Entry late", "", "They waited.", "rupture"), (records[2].Title, records[2].Heading, records[2].Body, records[2].Kind));
        // Pages are numbered in link order: the guide is page 0, the entry page 1.
        Assert.Equal([1], index.FacetPages("severity", "minor"));
        Assert.Equal([1], index.FacetPages("relationship", "family"));
        Assert.Equal([0], index.FacetPages("kind", "guide"));
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

        Assert.Equal([["minor", "Minor"], ["serious", "Serious"]], Rows(index.Manifest.GetProperty("severities")));
        Assert.Equal([["aaa", "Same rank"], ["family", "Family"], ["work", "Work"]], Rows(index.Manifest.GetProperty("relationships")));
        Assert.Equal(
            [["guide", "Guides", "Guide"], ["rupture", "Examples", "Example"], ["challenge", "What gets in the way", "What gets in the way"]],
            Rows(index.Manifest.GetProperty("kinds")));
    }

    private static Document Settings(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        var settings = SearchSettingsReader.Read("input/search.yml", yaml, diagnostics);
        Assert.Empty(diagnostics);
        return new Document { Source = "input/search.yml", Content = yaml }.With(settings);
    }

    [Fact]
    public async Task SearchYmlGivesTheManifestItsSynonymsAsTokensAndItsPhrasesWithPageNumbersInTheAuthorsOrder()
    {
        var guide = GuidePage("steps", "Steps").With(new SearchSections([new SearchSection("", "", "Intro.")]));
        var late = Entry("late", new SearchText("They waited.", null, []));
        var settings = Settings("""
            synonyms:
              - [Won't, refuses]
            phrases:
              - phrase: "He won’t talk"
                pages: [late, steps]
            """);

        var (outputs, index) = await Build([guide], [late], settings);

        Assert.DoesNotContain(outputs, d => d.Has<SearchSettings>());
        Assert.Equal([["wont", "refuses"]], Rows(index.Manifest.GetProperty("synonyms")));
        var phrase = Assert.Single(Rows(index.Manifest.GetProperty("phrases")));
        Assert.Equal("he wont talk", phrase[0]);
        // Pages are numbered in link order, /guides/steps/ (0) before /ruptures/late/ (1); the phrase keeps the author's.
        Assert.Equal("BA", phrase[1]);
    }

    [Fact]
    public async Task WithSearchYmlTheManifestGivesTheSafetyGuidesPageNumberSoAQueryPinningItCanPointToIt()
    {
        var steps = GuidePage("steps", "Steps").With(new SearchSections([new SearchSection("", "", "Intro.")]));
        var safety = GuidePage("safety", "When repair is not safe").With(new SearchSections([new SearchSection("", "", "Danger.")]));
        var settings = Settings("""
            phrases:
              - phrase: hits me
                pages: [safety]
            """);

        var (_, index) = await Build([steps, safety], [], settings);

        // /guides/safety/ (0) comes before /guides/steps/ (1).
        Assert.Equal(0, index.Manifest.GetProperty("safety").GetInt32());
    }

    [Fact]
    public async Task WithoutASafetyGuideTheManifestHasNoSafety()
    {
        var steps = GuidePage("steps", "Steps").With(new SearchSections([new SearchSection("", "", "Intro.")]));

        var (_, index) = await Build([steps], [], Settings("synonyms:\n  - [a1, b1]\n"));

        Assert.False(index.Manifest.TryGetProperty("safety", out _));
    }

    [Fact]
    public async Task WithoutSearchYmlTheManifestHasNoSynonymsOrPhrases()
    {
        var (_, index) = await Build([GuidePage("steps", "Steps").With(new SearchSections([new SearchSection("", "", "Intro.")]))], []);

        Assert.False(index.Manifest.TryGetProperty("synonyms", out _));
        Assert.False(index.Manifest.TryGetProperty("phrases", out _));
    }

    [Fact]
    public async Task APhraseNamingAPageSearchDoesNotListIsAnErrorAtTheId()
    {
        var context = new FakeContext(Pipelines(
            ("Guides", [GuidePage("steps", "Steps").With(new SearchSections([new SearchSection("", "", "Intro.")]))]),
            ("Catalogs", [IdPage(PageKind.Catalog, "ruptures", "Ruptures", "/ruptures/", "x")])));
        var settings = Settings("""
            phrases:
              - phrase: won't talk
                pages: [steps, ruptures, nowhere]
            """);

        var (_, index) = await Build(context, settings);

        Assert.Equal(
            ["input/search.yml:3:20: MEND201 phrase 'wont talk' names unknown page 'ruptures': name a guide or a catalog entry by its id",
             "input/search.yml:3:30: MEND201 phrase 'wont talk' names unknown page 'nowhere': name a guide or a catalog entry by its id"],
            context.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column}: {d.Code} {d.Message}"));
        Assert.Equal("A", Rows(index.Manifest.GetProperty("phrases"))[0][1]);
    }

    [Fact]
    public async Task AnEntrysQuoteIsWhatItsResultShowsAfterItsSectionsAndAPageWithoutOneHasNone()
    {
        var guide = GuidePage("steps", "Steps").With(new SearchSections([new SearchSection("", "", "Intro.")]));
        var late = Entry("late", new SearchText("They waited.", null, [])).WithPage(p => p with { Quote = "I’m sorry I kept you waiting." });

        var (_, index) = await Build([guide], [late]);

        var docs = index.Shard(index.Manifest.GetProperty("docs")[0][1].GetString()!).EnumerateArray().ToList();
        Assert.Equal(5, docs[0].GetArrayLength());
        Assert.Equal("I’m sorry I kept you waiting.", docs[1][5].GetString());
    }
}
