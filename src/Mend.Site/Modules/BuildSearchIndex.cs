using System.Collections.Immutable;
using System.Text;
using Mend.Pipeline;
using Mend.Site.Content.Catalogs;
using Mend.Site.Search;
using static Mend.Site.Content.Catalogs.CatalogPages;

namespace Mend.Site.Modules;

/// <summary>
/// Builds the search index from the content pipelines' pages: one record per guide section and one per catalog
/// entry, emitted as the theme asset <c>search-index.js</c>. It runs in Process, not PostProcess, so that its
/// fingerprinted name is known when the layouts (PostProcess) write the link to it.
/// </summary>
public sealed class BuildSearchIndex(PageUrls urls, params string[] contentPipelines) : IModule
{
    private static readonly (string Id, string Label, string Singular)[] Kinds =
        [("guide", "Guides", "Guide"), ("rupture", "Examples", "Example"), ("challenge", "What gets in the way", "What gets in the way")];

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = contentPipelines.SelectMany(context.OutputsOf).ToList();
        var records = pages.SelectMany(Records)
            .OrderBy(r => r.Url, StringComparer.Ordinal)
            .ToList();
        var ruptureCatalogs = pages.Select(p => p.TryGet(Keys.Parsed, out var c) ? c : null).OfType<RuptureCatalog>().ToList();
        var text = SearchIndexFile.Write(
            records,
            Kinds,
            ruptureCatalogs.SelectMany(c => c.Severities).DistinctBy(s => s.Id).Select(s => (s.Id, s.Title)),
            Relationships.All.Where(r => records.Any(x => x.Relationships.Contains(r))).Select(r => (r, Relationships.Label(r))),
            url => urls.Relative("index.html", url));
        var index = new Document { Bytes = [.. Encoding.UTF8.GetBytes(text)] }
            .WithMetadata(Keys.AssetName, SearchIndexFile.AssetName);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, index]);
    }

    private static IEnumerable<SearchRecord> Records(Document page)
    {
        var tags = page.TryGet(Keys.Tags, out var t) ? t : [];
        if (page.TryGet(Keys.Guide, out var guide))
        {
            var url = PageUrls.UrlOf(page.Destination!);
            return SectionSplitter.Split(page.Content).Select(section => new SearchRecord(
                section.Anchor.Length > 0 ? $"{url}#{section.Anchor}" : url,
                guide.Title, section.Heading, section.Text, tags, "guide", "", []));
        }
        if (!page.TryGet(Keys.Parsed, out var content))
        {
            return [];
        }
        return content switch
        {
            RuptureOf rupture => [Rupture(rupture, tags)],
            ChallengeOf challenge => [Challenge(challenge, tags)],
            _ => [],
        };
    }

    private static SearchRecord Rupture(RuptureOf item, ImmutableArray<string> tags)
    {
        var entry = item.Entry;
        var body = Join(PlainText.OfMarkdown(entry.Scenario.Value), PlainText.OfMarkdown(entry.Impact.Value), entry.Say, Join([.. entry.Do]));
        return new SearchRecord(Entry(item.Catalog.Id, entry.Id), entry.Title, "", body, tags, "rupture", entry.Severity, entry.Relationships);
    }

    private static SearchRecord Challenge(ChallengeOf item, ImmutableArray<string> tags)
    {
        var entry = item.Entry;
        var body = Join(
            entry.Summary,
            PlainText.OfMarkdown(entry.WhatItIs.Value),
            Join([.. entry.WhyItHurts]),
            PlainText.OfMarkdown(entry.Example.Scenario.Value),
            entry.Example.Says,
            PlainText.OfMarkdown(entry.Example.Impact.Value),
            Join([.. entry.HowToOvercome.Select(tip => Join(tip.Title, PlainText.OfMarkdown(tip.Text.Value)))]),
            entry.BetterResponse);
        return new SearchRecord(Entry(item.Catalog.Id, entry.Id), entry.Title, "", body, tags, "challenge", "", []);
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));
}
