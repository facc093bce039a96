using Mend.Pipeline;
using Mend.Site.Content.Catalogs;
using Mend.Site.Templates;
using Mend.Site.Xrefs;
using static Mend.Site.Content.Catalogs.CatalogPages;

namespace Mend.Site.Modules;

/// <summary>
/// Builds the template model of each catalog page: Markdown fields rendered with their links resolved, and the
/// guide steps and related entries an entry names resolved to links. An unknown id is an error where it was written.
/// </summary>
public sealed class BuildCatalogModels(PageUrls urls, string registryPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var registry = context.OutputsOf(registryPipeline).Single().Get(Keys.Registry);
        var resolver = new MarkedLinkResolver(urls, registry);
        var outputs = inputs.Select(document =>
        {
            TrustedHtml Markdown(Located<string> field) => new(resolver.RenderField(field, document.Destination!, context.Report));
            List<PageLink> Resolve(IEnumerable<Located<string>> references) => registry.Links(references, context.Report);

            return document.WithMetadata(Keys.Model, document.Get(Keys.Parsed) switch
            {
                RuptureCatalog catalog => RuptureCatalogModel(catalog),
                SeverityOf severity => new { severity.Catalog, severity.Severity, Entries = Listing(severity.Catalog, severity.Severity) },
                RelationshipOf relationship => RelationshipModel(relationship),
                RuptureOf entry => RuptureModel(entry, Markdown, Resolve),
                ChallengeCatalog catalog => new
                {
                    Catalog = catalog,
                    Entries = catalog.Entries.Select(e => new PageLink(e.Title, e.Summary, Entry(catalog.Id, e.Id))).ToList(),
                },
                ChallengeOf entry => ChallengeModel(entry, Markdown, Resolve),
                var other => other,
            });
        }).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private static object RuptureCatalogModel(RuptureCatalog catalog) => new
    {
        Catalog = catalog,
        Groups = catalog.Severities.Select(severity => new
        {
            Severity = severity,
            Url = Severity(catalog.Id, severity.Id),
            Entries = Listing(catalog, severity),
        }).ToList(),
        Relationships = Relationships.All
            .Select(r => (Relationship: r, Count: catalog.Entries.Count(e => e.Relationships.Contains(r))))
            .Where(pair => pair.Count > 0)
            .Select(pair => new PageLink(Relationships.Label(pair.Relationship), $"{pair.Count}", Relationship(catalog.Id, pair.Relationship)))
            .ToList(),
    };

    private static object RelationshipModel(RelationshipOf page) => new
    {
        page.Catalog,
        Groups = page.Catalog.Severities
            .Select(severity => new
            {
                Severity = severity,
                Url = Severity(page.Catalog.Id, severity.Id),
                Entries = Listing(page.Catalog, severity, e => e.Relationships.Contains(page.Relationship)),
            })
            .Where(group => group.Entries.Count > 0)
            .ToList(),
    };

    private static List<PageLink> Listing(RuptureCatalog catalog, SeverityLevel severity, Func<RuptureEntry, bool>? filter = null) =>
        catalog.Entries
            .Where(e => e.Severity == severity.Id && (filter is null || filter(e)))
            .Select(e => new PageLink(e.Title, string.Join(", ", e.Relationships.Select(Relationships.Label)), Entry(catalog.Id, e.Id)))
            .ToList();

    private static object RuptureModel(
        RuptureOf item, Func<Located<string>, TrustedHtml> markdown, Func<IEnumerable<Located<string>>, List<PageLink>> resolve)
    {
        var (catalog, entry) = (item.Catalog, item.Entry);
        // A repeated id, or the entry itself, would waste one of the few places.
        var related = resolve(entry.Related)
            .Where(link => link.Url != Entry(catalog.Id, entry.Id))
            .DistinctBy(link => link.Url, StringComparer.Ordinal)
            .ToList();
        var nearest = RelatedEntries
            .Nearest(entry, catalog.Entries.Where(e => related.All(r => r.Url != Entry(catalog.Id, e.Id))), RelatedEntries.Count)
            .Select(e => new PageLink(e.Title, "", Entry(catalog.Id, e.Id)));
        return new
        {
            CatalogTitle = catalog.Title,
            CatalogUrl = Catalog(catalog.Id),
            Entry = entry,
            Severity = new PageLink(catalog.Severities.First(s => s.Id == entry.Severity).Title, "", Severity(catalog.Id, entry.Severity)),
            Relationships = entry.Relationships
                .Select(r => new PageLink(Relationships.Label(r), "", Relationship(catalog.Id, r)))
                .ToList(),
            Scenario = markdown(entry.Scenario),
            Impact = markdown(entry.Impact),
            Actions = entry.Do, // "do" is a Scriban keyword
            Steps = resolve(entry.Steps),
            // Explicit related entries come first and are all kept; the nearest fill up to RelatedEntries.Count.
            Related = related.Concat(nearest).Take(Math.Max(RelatedEntries.Count, related.Count)).ToList(),
        };
    }

    private static object ChallengeModel(
        ChallengeOf item, Func<Located<string>, TrustedHtml> markdown, Func<IEnumerable<Located<string>>, List<PageLink>> resolve) => new
    {
        CatalogTitle = item.Catalog.Title,
        CatalogUrl = Catalog(item.Catalog.Id),
        Entry = item.Entry,
        WhatItIs = markdown(item.Entry.WhatItIs),
        Scenario = markdown(item.Entry.Example.Scenario),
        Impact = markdown(item.Entry.Example.Impact),
        Tips = item.Entry.HowToOvercome.Select(t => new { t.Title, Text = markdown(t.Text) }).ToList(),
        Steps = resolve(item.Entry.Steps),
    };
}
