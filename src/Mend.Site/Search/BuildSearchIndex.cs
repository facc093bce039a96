using System.Text;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Search;

/// <summary>
/// Builds the search index from the finished content of the pipelines it depends on (links resolved, link text
/// filled): one record per section of each guide, and one per page that carries a <see cref="SearchText"/>. It is
/// emitted as the asset <c>search-index.js</c>, in Process, so that its fingerprinted name is known to the layouts.
/// </summary>
public sealed class BuildSearchIndex(PageUrls urls, params string[] contentPipelines) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = contentPipelines.SelectMany(context.OutputsOf).Where(d => d.Has<Page>()).ToList();
        var records = pages.SelectMany(Records).OrderBy(r => r.Url, StringComparer.Ordinal).ToList();
        var texts = pages.Where(d => d.Has<SearchText>()).Select(d => d.Get<SearchText>()).ToList();
        var text = SearchIndexFile.Write(
            records,
            PageKind.Content.Select(k => (k.Id, k.Plural, k.Singular)),
            Facets(texts.Select(t => t.Severity).OfType<Facet>()),
            Facets(texts.SelectMany(t => t.Relationships)),
            url => urls.Relative("index.html", url));
        var index = new Document { Bytes = [.. Encoding.UTF8.GetBytes(text)] }.With(new Asset(SearchIndexFile.AssetName));
        return [.. inputs, index];
    }

    private static IEnumerable<SearchRecord> Records(Document document)
    {
        var page = document.Get<Page>();
        if (page.Kind == PageKind.Guide)
        {
            return SectionSplitter.Split(document.Content).Select(section => new SearchRecord(
                section.Anchor.Length > 0 ? $"{page.Url}#{section.Anchor}" : page.Url,
                page.Title, section.Heading, section.Text, page.Tags, page.Kind.Id, "", []));
        }
        return document.TryGet<SearchText>(out var text)
            ? [new SearchRecord(page.Url, page.Title, "", text.Body, page.Tags, page.Kind.Id,
                text.Severity?.Id ?? "", [.. text.Relationships.Select(r => r.Id)])]
            : [];
    }

    private static IEnumerable<(string Id, string Label)> Facets(IEnumerable<Facet> facets) =>
        facets.DistinctBy(f => f.Id, StringComparer.Ordinal)
            .OrderBy(f => f.Rank)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => (f.Id, f.Label));
}
