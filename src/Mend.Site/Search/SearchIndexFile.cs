using System.Text;

namespace Mend.Site.Search;

/// <summary>
/// Writes the search index as classic scripts, so that pages opened from <c>file://</c> can load them (they cannot
/// fetch): a small manifest, <c>search-index.js</c>, that assigns <c>window.MEND_SEARCH_INDEX</c>, and shards under
/// <c>search-index/</c> that the client loads when a query needs them. Each shard calls
/// <c>window.MEND_SEARCH_SHARD(id, data)</c>. The manifest names every shard by its fingerprinted file name.
/// <list type="bullet">
/// <item><c>t/KEY</c>: the terms that start with KEY (their first two characters), each with its document
/// frequency and its postings (<see cref="SearchEncoding"/>), or, when those are long, its best
/// <see cref="HeadPostings"/> postings (what the client uses when the term only matches a query word's beginning or a
/// typo) and the name of a <c>p/N</c> file that holds them all.</item>
/// <item><c>d/N</c>: what a result shows of a run of pages (link, title, kind, each record's anchor and heading,
/// the name of the page's <c>x/N</c> file, which holds its records' text for snippets, and a catalog entry's
/// quote).</item>
/// <item><c>f</c>: the pages of each facet value, for the search page's filters.</item>
/// </list>
/// The manifest also holds the site's <see cref="SearchIntent"/>, when it has one: <c>synonyms</c>, lists of
/// tokens, and <c>phrases</c>, [tokens joined by spaces, page numbers (<see cref="SearchEncoding"/>, in the
/// author's order)], and <c>safety</c>, the number of the safety guide's page, when the index has it.
/// </summary>
public static class SearchIndexFile
{
    public const string AssetName = "search-index.js";
    public const string Global = "MEND_SEARCH_INDEX";
    public const string Callback = "MEND_SEARCH_SHARD";

    /// <summary>The shards' folder, beside the manifest.</summary>
    public const string Folder = "search-index";

    /// <summary>Postings longer than this many characters get a file of their own.</summary>
    public const int InlinePostings = 256;

    /// <summary>
    /// How many of a long posting list's best records its term shard holds as well: enough for the results a search
    /// shows, so that a term that only matches the beginning of a query word, or a typo, needs neither its p/N file
    /// nor the time to read all of it.
    /// </summary>
    public const int HeadPostings = 32;

    /// <summary>How many of the most common terms the manifest lists per first letter (the client's one-letter prefixes).</summary>
    public const int TopPrefixes = 8;

    /// <summary>A run of pages in one <c>d/N</c> shard stops once it holds about this many bytes.</summary>
    public const int DocChunkBytes = 2048;

    /// <summary>About how much page text a snippet shard holds.</summary>
    public const int TextChunkBytes = 16384;

    /// <summary>How much a match counts in each field; the scores in the postings use these.</summary>
    public static readonly IReadOnlyList<(string Field, int Weight)> Weights =
        [("title", 8), ("heading", 5), ("tags", 3), ("body", 1)];

    /// <summary>
    /// The files of the index: (asset name, bytes), the manifest last. <paramref name="records"/> come grouped by page
    /// (a page's link, then its sections' links); <paramref name="fingerprint"/> gives the destination of an asset;
    /// <paramref name="postings"/>, when the caller has them (<see cref="SearchPostings"/>), are those of the records;
    /// <paramref name="intent"/>, the synonyms and phrases of the site's search.yml.
    /// </summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Write(
        IReadOnlyList<SearchRecord> records,
        IEnumerable<(string Id, string Label, string Singular)> kinds,
        IEnumerable<(string Id, string Label)> severities,
        IEnumerable<(string Id, string Label)> relationships,
        Func<string, string> link,
        Func<string, byte[], string> fingerprint,
        SortedDictionary<string, List<(int Record, double Score)>>? postings = null,
        SearchIntent? intent = null)
    {
        var files = new List<(string Name, byte[] Bytes)>();
        var pages = Pages(records);

        string Shard(string id, object data)
        {
            var bytes = Encoding.UTF8.GetBytes($"{Callback}(\"{id}\",{SearchJson.Serialize(data)});\n");
            var name = $"{Folder}/{id}.js";
            files.Add((name, bytes));
            var destination = fingerprint(name, bytes);
            var folder = $"{Core.Asset.Folder}/{Folder}/";
            return destination.StartsWith(folder, StringComparison.Ordinal) ? destination[folder.Length..] : destination;
        }

        var docs = DocShards(pages, records, link, Shard);
        var terms = TermShards(postings ?? SearchPostings.Build(records), Shard, out var top);
        var facets = Shard("f", new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["kind"] = FacetPages(pages, p => [p.Kind]),
            ["severity"] = FacetPages(pages, p => p.Severity.Length > 0 ? [p.Severity] : []),
            ["relationship"] = FacetPages(pages, p => p.Relationships),
        });

        var manifest = new OrderedDictionary<string, object>
        {
            ["version"] = 2,
            ["weights"] = Weights.ToDictionary(w => w.Field, w => w.Weight),
            // [id, plural label for filters, singular label for a result]
            ["kinds"] = kinds.Select(k => new[] { k.Id, k.Label, k.Singular }),
            ["severities"] = severities.Select(s => new[] { s.Id, s.Label }),
            ["relationships"] = relationships.Select(r => new[] { r.Id, r.Label }),
            ["records"] = records.Count,
            // per page, in order, how many records it has (records are numbered page by page)
            ["pages"] = Counts(pages.Select(p => p.Count)),
            ["score"] = new[] { SearchEncoding.ScoreScale, SearchEncoding.ScoreOffset },
            ["base"] = Folder + "/",
            ["terms"] = terms,
            ["top"] = top,
            ["docs"] = docs,
            ["facets"] = facets,
        };
        // Only a site with a search.yml pays for these.
        if (intent is { Synonyms.Length: > 0 })
        {
            manifest["synonyms"] = intent.Synonyms;
        }
        if (intent is { Phrases.Length: > 0 })
        {
            manifest["phrases"] = intent.Phrases.Select(p => new[] { p.Tokens, Counts(p.Pages) });
        }
        if (intent is { Safety: { } safety })
        {
            manifest["safety"] = safety;
        }
        var text = new StringBuilder()
            .Append("/* Mend search index, generated by the build: the manifest; the shards are in ").Append(Folder).Append("/. */\n")
            .Append("window.").Append(Global).Append(" = ").Append(SearchJson.Serialize(manifest)).Append(";\n")
            .ToString();
        files.Add((AssetName, Encoding.UTF8.GetBytes(text)));
        return files;
    }

    private sealed record PageRecords(
        string Url, int First, int Count, string Title, string Kind, string Severity, IReadOnlyList<string> Relationships, string Quote);

    /// <summary>The page of a record's link: the link without its #anchor.</summary>
    public static string PageOf(string url) => url.IndexOf('#', StringComparison.Ordinal) is var at and >= 0 ? url[..at] : url;

    private static List<PageRecords> Pages(IReadOnlyList<SearchRecord> records)
    {
        var pages = new List<PageRecords>();
        for (var r = 0; r < records.Count; r++)
        {
            var record = records[r];
            var url = PageOf(record.Url);
            if (pages.Count > 0 && pages[^1].Url == url)
            {
                pages[^1] = pages[^1] with { Count = pages[^1].Count + 1 };
            }
            else
            {
                pages.Add(new PageRecords(url, r, 1, record.Title, record.Kind, record.Severity, record.Relationships, record.Quote));
            }
        }
        return pages;
    }

    private static string Counts(IEnumerable<int> counts)
    {
        var text = new StringBuilder();
        foreach (var count in counts)
        {
            SearchEncoding.AppendNumber(text, count);
        }
        return text.ToString();
    }

    /// <summary>The d/N shards (runs of pages) and the x/N shards (a page's text): [first page, file] per run.</summary>
    private static List<object[]> DocShards(
        List<PageRecords> pages, IReadOnlyList<SearchRecord> records, Func<string, string> link, Func<string, object, string> shard)
    {
        var texts = TextShards(pages, records, shard);
        var docs = new List<object[]>();
        var run = new List<object>();
        var runBytes = 0;
        var first = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var pageRecords = Enumerable.Range(page.First, page.Count).Select(r => records[r]).ToList();
            var text = texts[p];
            var pageLink = link(page.Url);
            // [suffix of the record's link after the page's link (its #anchor), heading]
            var sections = pageRecords.Select(r => new[] { Suffix(link(r.Url), pageLink), r.Heading }).ToList();
            // [link, title, kind, x/N file, sections], and the quote when the page has one
            object[] entry = page.Quote.Length > 0
                ? [pageLink, page.Title, page.Kind, text, sections, page.Quote]
                : [pageLink, page.Title, page.Kind, text, sections];
            run.Add(entry);
            runBytes += SearchJson.Serialize(entry).Length;
            if (runBytes >= DocChunkBytes || p == pages.Count - 1)
            {
                docs.Add([first, shard($"d/{docs.Count}", run)]);
                run = [];
                runBytes = 0;
                first = p + 1;
            }
        }
        return docs;
    }

    /// <summary>
    /// The x/N shards: runs of pages' texts, each about <see cref="TextChunkBytes"/>, as { page number: [text per record] }.
    /// A run rather than a file per page, because every file costs the build (and the host) far more than its bytes.
    /// Returns each page's shard.
    /// </summary>
    private static List<string> TextShards(List<PageRecords> pages, IReadOnlyList<SearchRecord> records, Func<string, object, string> shard)
    {
        var files = new List<string>();
        var shards = 0;
        var run = new SortedDictionary<int, string[]>();
        var runBytes = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var texts = Enumerable.Range(pages[p].First, pages[p].Count).Select(r => records[r].Body).ToArray();
            run[p] = texts;
            runBytes += texts.Sum(t => t.Length);
            if (runBytes >= TextChunkBytes || p == pages.Count - 1)
            {
                var name = shard($"x/{shards++}", run);
                files.AddRange(Enumerable.Repeat(name, run.Count));
                run = [];
                runBytes = 0;
            }
        }
        return files;
    }

    private static string Suffix(string recordLink, string pageLink) =>
        recordLink.StartsWith(pageLink, StringComparison.Ordinal)
            ? recordLink[pageLink.Length..]
            : throw new InvalidOperationException($"'{recordLink}' is not a link into '{pageLink}'.");

    /// <summary>The t/KEY shards, with their p/N files; returns KEY → file. <paramref name="top"/>: per first letter, its most common longer terms.</summary>
    private static SortedDictionary<string, string> TermShards(
        SortedDictionary<string, List<(int Record, double Score)>> postings,
        Func<string, object, string> shard,
        out SortedDictionary<string, string[]> top)
    {
        var shards = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var big = 0;
        foreach (var group in postings.GroupBy(p => KeyOf(p.Key)))
        {
            var entries = new List<object[]>();
            foreach (var (term, list) in group)
            {
                var encoded = SearchEncoding.Postings(list);
                entries.Add(encoded.Length <= InlinePostings
                    ? [term, list.Count, encoded]
                    : [term, list.Count, SearchEncoding.Postings(SearchPostings.Best(list, HeadPostings)), shard($"p/{big++}", encoded)]);
            }
            shards[group.Key] = shard($"t/{FileKey(group.Key)}", entries);
        }
        top = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in postings.Where(p => p.Key.Length > 1).GroupBy(p => p.Key[..1], StringComparer.Ordinal))
        {
            top[group.Key] = [.. group
                .OrderByDescending(p => p.Value.Count)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(TopPrefixes)
                .Select(p => p.Key)];
        }
        return shards;
    }

    /// <summary>The shard a term is in: its first two characters (UTF-16 units, as the client counts them).</summary>
    public static string KeyOf(string term) => term.Length <= 2 ? term : term[..2];

    /// <summary>A key as part of a file name: a-z and 0-9 as they are, any other character as _ and four hex digits.</summary>
    private static string FileKey(string key)
    {
        var name = new StringBuilder();
        foreach (var c in key)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                name.Append(c);
            }
            else
            {
                name.Append('_').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return name.ToString();
    }

    /// <summary>Per facet value, by id, the pages that have it: [id, page numbers as steps].</summary>
    private static List<string[]> FacetPages(List<PageRecords> pages, Func<PageRecords, IEnumerable<string>> values) =>
        [.. pages.SelectMany((page, index) => values(page).Select(value => (value, index)))
            .GroupBy(x => x.value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new[] { g.Key, SearchEncoding.Steps(g.Select(x => x.index).Distinct()) })];
}
