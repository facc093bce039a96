using System.Text.Json;
using Mend.Site.Core;
using Mend.Site.Search;

namespace Mend.Site.Tests.Search;

/// <summary>
/// Reads a built site's search index back: the manifest, and the shards it names, decoded as search-store.js decodes
/// them, so tests can ask for the records (what results show) and a term's postings.
/// </summary>
public sealed class SearchIndexReader
{
    public sealed record Record(int Number, string Url, string Title, string Heading, string Body, string Kind);

    private readonly string _folder;

    public SearchIndexReader(string site)
    {
        var assets = Path.Join(site, "assets");
        ManifestFile = Directory.GetFiles(assets, "search-index.*.js").Single();
        var text = File.ReadAllText(ManifestFile);
        var prefix = $"window.{SearchIndexFile.Global} = ";
        var start = text.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        Manifest = JsonDocument.Parse(text[start..text.LastIndexOf(';')]).RootElement;
        _folder = Path.Join(assets, Manifest.GetProperty("base").GetString());
    }

    public string ManifestFile { get; }

    public JsonElement Manifest { get; }

    /// <summary>The data a shard file registers with window.MEND_SEARCH_SHARD(id, data).</summary>
    public JsonElement Shard(string name) => ShardData(File.ReadAllText(Path.Join(_folder, name)));

    /// <summary>The data of a shard's text.</summary>
    public static JsonElement ShardData(string text)
    {
        var start = text.IndexOf(',', StringComparison.Ordinal) + 1;
        Assert.StartsWith($"{SearchIndexFile.Callback}(\"", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text[start..text.LastIndexOf(')')]).RootElement;
    }

    /// <summary>Every record, page by page, with what results show of it.</summary>
    public IReadOnlyList<Record> Records()
    {
        var records = new List<Record>();
        var number = 0;
        foreach (var chunk in Manifest.GetProperty("docs").EnumerateArray())
        {
            foreach (var page in Shard(chunk[1].GetString()!).EnumerateArray())
            {
                // A text shard holds a run of pages: { page number: [text per record] }.
                var texts = Shard(page[3].GetString()!).GetProperty($"{number++}").EnumerateArray().Select(t => t.GetString()!).ToList();
                var sections = page[4].EnumerateArray().ToList();
                for (var i = 0; i < sections.Count; i++)
                {
                    records.Add(new Record(records.Count, page[0].GetString() + sections[i][0].GetString(), page[1].GetString()!,
                        sections[i][1].GetString()!, texts[i], page[2].GetString()!));
                }
            }
        }
        Assert.Equal(Manifest.GetProperty("records").GetInt32(), records.Count);
        return records;
    }

    /// <summary>The records a term occurs in, in order, with their stored scores (0 to 4095).</summary>
    public IReadOnlyList<(int Record, int Score)> Postings(string term)
    {
        var entry = Entry(term);
        var postings = Decode(entry.GetArrayLength() > 3 ? Shard(entry[3].GetString()!).GetString()! : entry[2].GetString()!);
        Assert.Equal(entry[1].GetInt32(), postings.Count);
        return postings;
    }

    private JsonElement Entry(string term) =>
        Shard(Manifest.GetProperty("terms").GetProperty(SearchIndexFile.KeyOf(term)).GetString()!)
            .EnumerateArray().Single(e => e[0].GetString() == term);

    /// <summary>Postings as SearchEncoding writes them: per record, its step and its score in two digits.</summary>
    public static IReadOnlyList<(int Record, int Score)> Decode(string text)
    {
        var postings = new List<(int, int)>();
        var (at, record) = (0, -1);
        while (at < text.Length)
        {
            var (step, unit) = (0, 1);
            int digit;
            while ((digit = SearchEncoding.Digits.IndexOf(text[at++], StringComparison.Ordinal)) >= 32)
            {
                step += (digit - 32) * unit;
                unit *= 32;
            }
            record += step + digit * unit + 1;
            postings.Add((record, SearchEncoding.Digits.IndexOf(text[at], StringComparison.Ordinal) * 64
                + SearchEncoding.Digits.IndexOf(text[at + 1], StringComparison.Ordinal)));
            at += 2;
        }
        return postings;
    }

    /// <summary>The pages (numbers) of a facet's value.</summary>
    public IReadOnlyList<int> FacetPages(string facet, string value)
    {
        var pair = Shard(Manifest.GetProperty("facets").GetString()!).GetProperty(facet).EnumerateArray()
            .SingleOrDefault(p => p[0].GetString() == value);
        if (pair.ValueKind == JsonValueKind.Undefined)
        {
            return [];
        }
        var pages = new List<int>();
        var previous = -1;
        var (value_, unit) = (0, 1);
        foreach (var c in pair[1].GetString()!)
        {
            var digit = SearchEncoding.Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 32)
            {
                value_ += (digit - 32) * unit;
                unit *= 32;
                continue;
            }
            previous += value_ + digit * unit + 1;
            pages.Add(previous);
            (value_, unit) = (0, 1);
        }
        return pages;
    }
}
