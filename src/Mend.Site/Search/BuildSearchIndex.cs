using Mend.Pipeline;
using Mend.Site.Assets;
using Mend.Site.Core;
using Mend.Site.Strings;

namespace Mend.Site.Search;

/// <summary>
/// Builds the search index from what the pipelines it depends on hand it from their finished content (links resolved,
/// link text filled): one record per section of a page that carries <see cref="SearchSections"/> (a guide), and one
/// per page that carries a <see cref="SearchText"/> (a catalog entry), with the readers' words of the site's
/// <see cref="SearchSettings"/>, if it has any, among its inputs. It is
/// emitted as assets, in Process, so that the fingerprinted name of its manifest (<c>search-index.js</c>) is known to
/// the layouts; the manifest names its shards (<c>search-index/...</c>) by their fingerprinted names, worked out
/// here as <see cref="FingerprintAssets"/>, which the pipeline runs next, will name them.
/// </summary>
public sealed class BuildSearchIndex(PageUrls urls, InterfaceStrings strings, FingerprintAssets names, params string[] contentPipelines) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = contentPipelines.SelectMany(context.OutputsOf).Where(d => d.Has<Page>()).ToList();
        // A rebuild keeps the table of terms and each unchanged page's counted records; only the others are counted.
        var terms = context.Cache?.TryGet<SearchTerms>(nameof(SearchTerms), out var kept) == true ? kept : new SearchTerms();
        context.Cache?.Set(nameof(SearchTerms), terms);
        var counted = InParallel.Map(pages, page => Counted(page, terms, context.Cache));
        // Numbered page by page: a page's own link, then its sections' (site-rooted links sort that way already).
        var ordered = counted.SelectMany(page => page)
            .OrderBy(r => SearchIndexFile.PageOf(r.Record.Url), StringComparer.Ordinal)
            .ThenBy(r => r.Record.Url, StringComparer.Ordinal)
            .ToList();
        var records = ordered.Select(r => r.Record).ToList();
        var settings = inputs.Select(d => d.TryGet<SearchSettings>(out var s) ? s : null).OfType<SearchSettings>().FirstOrDefault();
        var intent = settings is null ? SearchIntent.None : SearchIntent.Of(settings, PageNumbers(pages, records), context.Report);
        var texts = pages.Where(d => d.Has<SearchText>()).Select(d => d.Get<SearchText>()).ToList();
        var files = SearchIndexFile.Write(
            records,
            PageKind.Content.Select(k => (k.Id, strings.KindLabel(k, plural: true), strings.KindLabel(k, plural: false))),
            Facets(texts.Select(t => t.Severity).OfType<Facet>()),
            Facets(texts.SelectMany(t => t.Relationships)),
            url => urls.Relative("index.html", url),
            (name, bytes) => names.DestinationOf(name, bytes),
            SearchPostings.Build([.. ordered.Select(r => r.Counted)], terms),
            intent);
        return [.. inputs.Where(d => !d.Has<SearchSettings>()), .. files.Select(file => AssetOf(file.Name, file.Bytes))];
    }

    /// <summary>A page's records with their counted tokens; the last run's, for the very same page.</summary>
    private static (SearchRecord Record, CountedRecord Counted)[] Counted(Document page, SearchTerms terms, ModuleCache? cache)
    {
        if (cache is not null && cache.TryGet<(SearchRecord, CountedRecord)[]>(page, out var kept))
        {
            return kept;
        }
        (SearchRecord, CountedRecord)[] counted = [.. Records(page).Select(record => (record, SearchPostings.Count(record, terms)))];
        cache?.Set(page, counted);
        return counted;
    }

    /// <summary>Each page's id (those that have one) to its number in the index, where pages are numbered in record order.</summary>
    private static Dictionary<string, int> PageNumbers(List<Document> pages, List<SearchRecord> records)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var url = SearchIndexFile.PageOf(record.Url);
            if (!numbers.ContainsKey(url))
            {
                numbers[url] = numbers.Count;
            }
        }
        return pages.Select(d => d.Get<Page>())
            .Where(p => p.Id is not null && numbers.ContainsKey(p.Url))
            .ToDictionary(p => p.Id!, p => numbers[p.Url], StringComparer.Ordinal);
    }

    // The shards are named by the manifest, never by a layout.
    private static Document AssetOf(string name, byte[] bytes) =>
        new Document { Bytes = [.. bytes] }.With(new Asset(name, Internal: name != SearchIndexFile.AssetName));

    private static IEnumerable<SearchRecord> Records(Document document)
    {
        var page = document.Get<Page>();
        if (document.TryGet<SearchSections>(out var sections))
        {
            return sections.Sections.Select(section => new SearchRecord(
                section.Anchor.Length > 0 ? $"{page.Url}#{section.Anchor}" : page.Url,
                page.Title, section.Heading, section.Text, page.Tags, page.Kind.Id, "", []));
        }
        return document.TryGet<SearchText>(out var text)
            ? [new SearchRecord(page.Url, page.Title, "", text.Body, page.Tags, page.Kind.Id,
                text.Severity?.Id ?? "", [.. text.Relationships.Select(r => r.Id)]) { Quote = page.Quote }]
            : [];
    }

    private static IEnumerable<(string Id, string Label)> Facets(IEnumerable<Facet> facets) =>
        facets.DistinctBy(f => f.Id, StringComparer.Ordinal)
            .OrderBy(f => f.Rank)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => (f.Id, f.Label));
}
