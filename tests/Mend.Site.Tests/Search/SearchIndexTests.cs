using System.Text;
using System.Text.Json;
using Mend.Site.Search;

namespace Mend.Site.Tests.Search;

/// <summary>The index a whole small site produces, read back from the manifest and shards the build writes.</summary>
public sealed class SearchIndexTests
{
    private const string Steps = "---\ntitle: Steps\nsummary: The steps.\nid: steps\ntags: [apology]\n---\nIntro words.\n\n## Say sorry {#apologize}\n\nSay it plainly, without *if*.\n\n### Café talk\n\nAccents.\n";

    private const string Catalog = """
        kind: ruptures
        id: ruptures
        title: Ruptures
        summary: Examples.
        severities:
          - id: minor
            title: Minor ruptures
        entries:
          - id: late-for-dinner
            title: Late for dinner
            severity: minor
            relationships: [romantic, family]
            scenario: You were *late*.
            impact: They waited.
            repair:
              say: "I kept you waiting."
              do: ["Text next time."]
            steps: [steps#apologize]
            tags: [punctuality]
        """;

    private static async Task<SearchIndexReader> IndexOf(TestSite site, bool offline = false)
    {
        await site.BuildCleanAsync(offline: offline);
        return new SearchIndexReader(site.Output);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task EveryGuideSectionAndEveryEntryIsOneRecordInUrlOrder()
    {
        using var site = TestSite.With(("guides/steps.md", Steps), ("catalogs/ruptures.yml", Catalog));

        var index = await IndexOf(site);
        var records = index.Records();

        Assert.Equal(
            ["guides/steps/", "guides/steps/#apologize", "guides/steps/#café-talk", "ruptures/late-for-dinner/"],
            records.Select(r => r.Url));
        var section = records[1];
        Assert.Equal(("Steps", "Say sorry", "Say it plainly, without if."), (section.Title, section.Heading, section.Body));
        Assert.Equal("guide", section.Kind);
        // The tags are searchable: every section of the guide has its tag.
        Assert.Equal([0, 1, 2], index.Postings("apology").Select(p => p.Record));
        Assert.Contains("steps", Strings(index.Manifest.GetProperty("top").GetProperty("s")));
    }

    [Fact]
    public async Task AnEntryRecordCarriesItsTextTagsAndFacets()
    {
        using var site = TestSite.With(("guides/steps.md", Steps), ("catalogs/ruptures.yml", Catalog));

        var index = await IndexOf(site);
        var entry = index.Records().Single(r => r.Kind == "rupture");

        Assert.Equal("Late for dinner", entry.Title);
        Assert.Equal("You were late. They waited. I kept you waiting. Text next time.", entry.Body);
        Assert.Equal([entry.Number], index.Postings("punctuality").Select(p => p.Record));
        // Facets are per page: the guide is page 0, the entry page 1.
        Assert.Equal([1], index.FacetPages("severity", "minor"));
        Assert.Equal([1], index.FacetPages("relationship", "romantic"));
        Assert.Equal([1], index.FacetPages("relationship", "family"));
        Assert.Equal([0], index.FacetPages("kind", "guide"));
        Assert.Empty(index.FacetPages("relationship", "work"));
        Assert.Equal(["minor", "Minor ruptures"], Strings(index.Manifest.GetProperty("severities")[0]));
        Assert.Equal([["romantic", "Romantic relationships"], ["family", "Family"]],
            index.Manifest.GetProperty("relationships").EnumerateArray().Select(Strings));
    }

    [Fact]
    public async Task TheWeightsRankTitleOverHeadingOverTagsOverBody()
    {
        using var site = TestSite.With(("guides/steps.md", Steps));

        var index = await IndexOf(site);
        var weights = index.Manifest.GetProperty("weights");

        var (title, heading, tags, body) = (weights.GetProperty("title").GetInt32(), weights.GetProperty("heading").GetInt32(),
            weights.GetProperty("tags").GetInt32(), weights.GetProperty("body").GetInt32());
        Assert.True(title > heading && heading > tags && tags > body && body > 0);
        // The stored scores leave out the term's rarity: in the same section, a word of its heading scores above one of its text.
        Assert.True(index.Postings("sorry").Single().Score > index.Postings("plainly").Single().Score);
    }

    [Fact]
    public async Task AnOfflineIndexLinksToFiles()
    {
        using var site = TestSite.With(("guides/steps.md", Steps));

        var records = (await IndexOf(site, offline: true)).Records();

        Assert.Contains("guides/steps/index.html#apologize", records.Select(r => r.Url));
    }

    [Fact]
    public async Task TheBuildReportsTheSizeOfTheManifestAndAllShards()
    {
        using var site = TestSite.With(("guides/steps.md", Steps), ("catalogs/ruptures.yml", Catalog));

        var report = await site.BuildCleanAsync();

        var assets = Path.Join(site.Output, "assets");
        var files = Directory.GetFiles(Path.Join(assets, SearchIndexFile.Folder), "*", SearchOption.AllDirectories)
            .Append(Directory.GetFiles(assets, "search-index.*.js").Single());
        Assert.Equal(files.Sum(f => new FileInfo(f).Length), report.SearchIndexBytes);
    }

    [Fact]
    public async Task TheManifestNamesEveryShardByItsFingerprintedNameAndNothingElseIsWritten()
    {
        using var site = TestSite.With(("guides/steps.md", Steps), ("catalogs/ruptures.yml", Catalog));

        var index = await IndexOf(site);

        var m = index.Manifest;
        var named = m.GetProperty("terms").EnumerateObject().Select(t => t.Value.GetString()!)
            .Concat(m.GetProperty("docs").EnumerateArray().Select(d => d[1].GetString()!))
            .Append(m.GetProperty("facets").GetString()!)
            .ToList();
        named.AddRange(m.GetProperty("docs").EnumerateArray().SelectMany(d => index.Shard(d[1].GetString()!).EnumerateArray())
            .Select(page => page[3].GetString()!).Distinct());
        named.AddRange(m.GetProperty("terms").EnumerateObject().SelectMany(t => index.Shard(t.Value.GetString()!).EnumerateArray())
            .Where(e => e.GetArrayLength() > 3).Select(e => e[3].GetString()!));
        var folder = Path.Join(site.Output, "assets", SearchIndexFile.Folder);
        var written = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'));
        Assert.Equal(written.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        foreach (var name in named)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Join(folder, name))))[..10];
            Assert.EndsWith($".{hash}.js", name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheSameInputGivesTheSameFiles()
    {
        using var first = TestSite.With(("guides/steps.md", Steps), ("catalogs/ruptures.yml", Catalog));
        using var second = TestSite.With(("guides/steps.md", Steps), ("catalogs/ruptures.yml", Catalog));
        await first.BuildCleanAsync();
        await second.BuildCleanAsync();

        static Dictionary<string, string> Files(string site)
        {
            var assets = Path.Join(site, "assets");
            return Directory.GetFiles(assets, "search-index*", SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(Path.Join(assets, SearchIndexFile.Folder), "*", SearchOption.AllDirectories))
                .ToDictionary(f => Path.GetRelativePath(site, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));
        }

        Assert.Equal(Files(first.Output), Files(second.Output));
    }

    [Fact]
    public void LongPostingsGetAFileOfTheirOwnAndShortOnesStayInTheirTermShard()
    {
        var records = Enumerable.Range(0, 400).Select(i => new SearchRecord(
            $"/ruptures/e{i:D3}/", $"Entry {i}", "", i % 2 == 0 ? "common even" : "common", [], "rupture", "minor", [])).ToList();
        var names = new List<string>();

        var files = SearchIndexFile.Write(records, [("rupture", "Examples", "Example")], [("minor", "Minor")], [],
            url => url.TrimStart('/'), (name, bytes) => { names.Add(name); return $"assets/{name}"; });

        Assert.Equal(files.Select(f => f.Name), names.Append(SearchIndexFile.AssetName));
        var shard = Encoding.UTF8.GetString(files.Single(f => f.Name == $"{SearchIndexFile.Folder}/t/co.js").Bytes);
        // "common" is in all 400 records: too long to stay inline; "entry" has its own p/ file too. The shard keeps the
        // best of its records, in order: the odd ones, where it is the whole of a shorter body, the first of equals.
        var common = SearchIndexReader.ShardData(shard).EnumerateArray().Single(e => e[0].GetString() == "common");
        Assert.Equal(400, common[1].GetInt32());
        Assert.StartsWith("p/", common[3].GetString(), StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, SearchIndexFile.HeadPostings).Select(i => 2 * i + 1),
            SearchIndexReader.Decode(common[2].GetString()!).Select(p => p.Record));
        Assert.Contains(files, f => f.Name.StartsWith($"{SearchIndexFile.Folder}/p/", StringComparison.Ordinal));
        var manifest = Encoding.UTF8.GetString(files[^1].Bytes);
        Assert.StartsWith("/* Mend search index", manifest, StringComparison.Ordinal);
        Assert.Contains("\"records\":400", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersAndScoresAreEncodedInBase64DigitsOfFiveBits()
    {
        Assert.Equal("A", SearchEncoding.Steps([0]));
        Assert.Equal("AA", SearchEncoding.Steps([0, 1]));
        Assert.Equal("ggB", SearchEncoding.Steps([32 * 32]));
        Assert.Equal(2560, SearchEncoding.QuantizeScore(1));
        Assert.Equal(2560 + 256, SearchEncoding.QuantizeScore(2));
        Assert.Equal(0, SearchEncoding.QuantizeScore(1e-9));
        Assert.Equal(4095, SearchEncoding.QuantizeScore(1e9));
    }

    [Fact]
    public async Task AnEmptyXrefLinkIsIndexedWithTheTitleItShows()
    {
        // A guide and a catalog field whose links name their target but leave the text to the build
        using var site = TestSite.With(
            ("guides/steps.md", Steps),
            ("guides/start.md", "---\ntitle: Start\nsummary: Where to begin.\n---\nBegin with [](xref:steps) today.\n"),
            ("catalogs/ruptures.yml", Catalog.Replace("You were *late*.", "You were late; see [](xref:steps#apologize).", StringComparison.Ordinal)));

        var records = (await IndexOf(site)).Records();

        var start = records.Single(r => r.Title == "Start");
        Assert.Contains("Begin with Steps today.", start.Body, StringComparison.Ordinal);
        var entry = records.Single(r => r.Title == "Late for dinner");
        Assert.Contains("see Say sorry.", entry.Body, StringComparison.Ordinal);
    }
}
