using Mend.Pipeline;
using Mend.Site.Content.Catalogs;
using Mend.Site.Markdown;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>
/// Builds the template model of each catalog page: Markdown fields rendered, and the guide steps and related
/// entries an entry names resolved to links. An unknown step or related id is an error where it was written.
/// </summary>
public sealed class BuildCatalogModels(string registryPipeline) : IModule
{
    private const int MaxRelated = 3;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var registry = context.OutputsOf(registryPipeline).Single().Get(Keys.Registry);
        var ruptures = inputs.Select(d => d.Get(Keys.CatalogContent)).OfType<EntryOf<RuptureEntry>>().ToList();
        var outputs = inputs.Select(document => document.WithMetadata(Keys.Model, document.Get(Keys.CatalogContent) switch
        {
            RuptureCatalog catalog => RuptureCatalogModel(catalog),
            EntryOf<RuptureEntry> entry => RuptureModel(entry, ruptures, registry, context),
            ChallengeCatalog catalog => new { Catalog = catalog, Entries = catalog.Entries.Select(e => Link(catalog.Id, e.Id, e.Title, e.Summary)).ToList() },
            EntryOf<Challenge> entry => ChallengeModel(entry, registry, context),
            var other => other,
        })).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private static object RuptureCatalogModel(RuptureCatalog catalog) => new
    {
        Catalog = catalog,
        Groups = catalog.Severities.Select(severity => new
        {
            Severity = severity,
            Entries = catalog.Entries.Where(e => e.Severity == severity.Id)
                .Select(e => Link(catalog.Id, e.Id, e.Title, e.Relationships.Length > 0 ? string.Join(", ", e.Relationships) : ""))
                .ToList(),
        }).ToList(),
    };

    private static object RuptureModel(
        EntryOf<RuptureEntry> item, IReadOnlyList<EntryOf<RuptureEntry>> all, XrefRegistry registry, IExecutionContext context)
    {
        var entry = item.Entry;
        var explicitRelated = Resolve(entry.Related, registry, context);
        var nearest = all
            .Where(other => other.CatalogId == item.CatalogId && other.Entry.Id != entry.Id
                && explicitRelated.All(r => r.Url != $"/{other.CatalogId}/{other.Entry.Id}/"))
            .Select(other => (other.Entry, Score: Closeness(entry, other.Entry)))
            .Where(pair => pair.Score > 0)
            .OrderByDescending(pair => pair.Score)
            .ThenBy(pair => pair.Entry.Id, StringComparer.Ordinal)
            .Select(pair => Link(item.CatalogId, pair.Entry.Id, pair.Entry.Title, ""));
        return new
        {
            CatalogTitle = item.CatalogTitle,
            CatalogUrl = $"/{item.CatalogId}/",
            Entry = entry,
            Scenario = new TrustedHtml(MendMarkdown.ToHtml(entry.Scenario)),
            Impact = new TrustedHtml(MendMarkdown.ToHtml(entry.Impact)),
            Actions = entry.Do, // "do" is a Scriban keyword
            Steps = Resolve(entry.Steps, registry, context),
            Related = explicitRelated.Concat(nearest).Take(Math.Max(MaxRelated, explicitRelated.Count)).ToList(),
        };
    }

    private static object ChallengeModel(EntryOf<Challenge> item, XrefRegistry registry, IExecutionContext context) => new
    {
        CatalogTitle = item.CatalogTitle,
        CatalogUrl = $"/{item.CatalogId}/",
        Entry = item.Entry,
        WhatItIs = new TrustedHtml(MendMarkdown.ToHtml(item.Entry.WhatItIs)),
        Scenario = new TrustedHtml(MendMarkdown.ToHtml(item.Entry.Example.Scenario)),
        Impact = new TrustedHtml(MendMarkdown.ToHtml(item.Entry.Example.Impact)),
        Tips = item.Entry.HowToOvercome.Select(t => new { t.Title, Text = new TrustedHtml(MendMarkdown.ToHtml(t.Text)) }).ToList(),
        Steps = Resolve(item.Entry.Steps, registry, context),
    };

    private static int Closeness(RuptureEntry a, RuptureEntry b) =>
        (2 * a.Steps.Select(s => s.Value).Intersect(b.Steps.Select(s => s.Value), StringComparer.Ordinal).Count())
        + a.Tags.Intersect(b.Tags, StringComparer.Ordinal).Count();

    // A link to a section shows the heading, with the page's title beside it.
    private static List<PageLink> Resolve(IEnumerable<Located<string>> references, XrefRegistry registry, IExecutionContext context) =>
        references
            .Select(reference => registry.Resolve(reference.Value, reference.Location, context.Report))
            .OfType<ResolvedXref>()
            .Select(x => new PageLink(x.Title, x.Anchor is null ? "" : x.Target.Title, x.Url))
            .ToList();

    private static PageLink Link(string catalogId, string id, string title, string summary) => new(title, summary, $"/{catalogId}/{id}/");
}
