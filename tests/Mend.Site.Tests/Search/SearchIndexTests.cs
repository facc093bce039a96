using System.Text.Json;
using Mend.Site.Search;

namespace Mend.Site.Tests.Search;

/// <summary>The index a whole small site produces, read back from the script the build writes.</summary>
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

    private static async Task<JsonElement> IndexOf(TestSite site, bool offline = false)
    {
        await site.BuildCleanAsync(offline: offline);
        var file = Directory.GetFiles(Path.Join(site.Output, "assets"), "search-index.*.js").Single();
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        var prefix = $"window.{SearchIndexFile.Global} = ";
        var start = text.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        return JsonDocument.Parse(text[start..text.LastIndexOf(';')]).RootElement;
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task EveryGuideSectionAndEveryEntryIsOneRecordInUrlOrder()
    {
        using var site = TestSite.With(("guides/steps.md", Steps), ("catalogs/ruptures.yml", Catalog));

        var records = (await IndexOf(site)).GetProperty("records").EnumerateArray().ToList();

        Assert.Equal(
            ["guides/steps/", "guides/steps/#apologize", "guides/steps/#café-talk", "ruptures/late-for-dinner/"],
            records.Select(r => r.GetProperty("u").GetString()));
        var section = records[1];
        Assert.Equal(("Steps", "Say sorry", "Say it plainly, without if."),
            (section.GetProperty("t").GetString(), section.GetProperty("h").GetString(), section.GetProperty("b").GetString()));
        Assert.Equal(["apology"], Strings(section.GetProperty("g")));
        Assert.Equal("guide", section.GetProperty("k").GetString());
    }

    [Fact]
    public async Task AnEntryRecordCarriesItsTextTagsAndFacets()
    {
        using var site = TestSite.With(("guides/steps.md", Steps), ("catalogs/ruptures.yml", Catalog));

        var index = await IndexOf(site);
        var entry = index.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("k").GetString() == "rupture");

        Assert.Equal("Late for dinner", entry.GetProperty("t").GetString());
        Assert.Equal("You were late. They waited. I kept you waiting. Text next time.", entry.GetProperty("b").GetString());
        Assert.Equal("minor", entry.GetProperty("s").GetString());
        Assert.Equal(["romantic", "family"], Strings(entry.GetProperty("r")));
        Assert.Equal(["punctuality"], Strings(entry.GetProperty("g")));
        Assert.Equal(["minor", "Minor ruptures"], Strings(index.GetProperty("severities")[0]));
        Assert.Equal([["romantic", "Romantic relationships"], ["family", "Family"]],
            index.GetProperty("relationships").EnumerateArray().Select(Strings));
    }

    [Fact]
    public async Task TheWeightsRankTitleOverHeadingOverTagsOverBody()
    {
        using var site = TestSite.With(("guides/steps.md", Steps));

        var weights = (await IndexOf(site)).GetProperty("weights");

        var (title, heading, tags, body) = (weights.GetProperty("title").GetInt32(), weights.GetProperty("heading").GetInt32(),
            weights.GetProperty("tags").GetInt32(), weights.GetProperty("body").GetInt32());
        Assert.True(title > heading && heading > tags && tags > body && body > 0);
    }

    [Fact]
    public async Task AnOfflineIndexLinksToFiles()
    {
        using var site = TestSite.With(("guides/steps.md", Steps));

        var records = (await IndexOf(site, offline: true)).GetProperty("records").EnumerateArray();

        Assert.Contains("guides/steps/index.html#apologize", records.Select(r => r.GetProperty("u").GetString()));
    }

    [Fact]
    public async Task TheBuildReportsTheIndexSize()
    {
        using var site = TestSite.With(("guides/steps.md", Steps));

        var report = await site.BuildCleanAsync();

        var file = Directory.GetFiles(Path.Join(site.Output, "assets"), "search-index.*.js").Single();
        Assert.Equal(new FileInfo(file).Length, report.SearchIndexBytes);
    }

    [Fact]
    public async Task AnEmptyXrefLinkIsIndexedWithTheTitleItShows()
    {
        // A guide and a catalog field whose links name their target but leave the text to the build
        using var site = TestSite.With(
            ("guides/steps.md", Steps),
            ("guides/start.md", "---\ntitle: Start\nsummary: Where to begin.\n---\nBegin with [](xref:steps) today.\n"),
            ("catalogs/ruptures.yml", Catalog.Replace("You were *late*.", "You were late; see [](xref:steps#apologize).", StringComparison.Ordinal)));

        var index = await IndexOf(site);

        var records = index.GetProperty("records").EnumerateArray().ToList();
        var start = records.Single(r => r.GetProperty("t").GetString() == "Start");
        Assert.Contains("Begin with Steps today.", start.GetProperty("b").GetString(), StringComparison.Ordinal);
        var entry = records.Single(r => r.GetProperty("t").GetString() == "Late for dinner");
        Assert.Contains("see Say sorry.", entry.GetProperty("b").GetString(), StringComparison.Ordinal);
    }
}
