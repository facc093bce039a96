using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;
using Mend.Site.Safety;
using Mend.Site.Search;
using Mend.Site.Templates;
using Mend.Site.Xrefs;
using Mend.Site.Strings;
using static Mend.Site.Catalogs.CatalogPages;

namespace Mend.Site.Catalogs;

/// <summary>
/// Builds the model of each catalog page from its <see cref="CatalogPart"/>: Markdown fields rendered with their links
/// resolved, and the guide steps and related entries an entry names resolved to links (an unknown id is an error
/// where it was written). An entry's page also gets its <see cref="SearchText"/>, from the same resolved fields.
/// </summary>
public sealed class BuildCatalogModels(PageUrls urls, InterfaceStrings strings) : DocumentModule
{
    // A page's model depends on its catalog (in its document) and on the ids its links and steps resolve against.
    protected override bool ReusesResults => true;

    protected override string ReuseKey(IExecutionContext context) => XrefsPipeline.Registry(context).Fingerprint;

    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var registry = XrefsPipeline.Registry(context);
        var resolver = new MarkedLinkResolver(urls, registry, strings.MarkdownWords());
        var page = document.Get<Page>();
        var file = document.TryGet<YamlText>(out var text) ? text : null;
        var links = WrittenLinks.None;
        TrustedHtml Markdown(Located<string> field)
        {
            var rendered = resolver.RenderField(field, file, page.Destination, context.Report);
            links = links.And(rendered.Links);
            return new TrustedHtml(rendered.Html);
        }
        List<PageLink> Resolve(IEnumerable<Located<string>> references) => registry.Links(references, context.Report);

        object model = document.Get<CatalogPart>() switch
        {
            RuptureCatalogPart part => RuptureCatalog(part.Catalog),
            SeverityPart part => new SeverityModel(part.Catalog, part.Severity, Listing(part.Catalog, part.Severity)),
            RelationshipPart part => RelationshipPage(part),
            SituationPart part => new SituationModel(part.Catalog, part.Situation,
                BySeverity(part.Catalog, e => e.Situations.Contains(part.Situation.Id))),
            RupturePart part => Rupture(part, Markdown, Resolve),
            ChallengeCatalogPart part => new ChallengeCatalogModel(part.Catalog,
                [.. part.Catalog.Entries.Select(e => new PageLink(e.Title, e.Summary, Entry(part.Catalog.Id, e.Id)) { Quote = e.Quote })]),
            ChallengePart part => Challenge(part, Markdown, Resolve),
            _ => throw new InvalidOperationException($"no model for {document.Get<CatalogPart>()}"),
        };
        var result = document.WithPage(p => p with { Model = model }).With(links);
        if (SafetyCheckedText.OfCatalogPart(document.Get<CatalogPart>(), file) is { } checkedText)
        {
            result = result.With(checkedText);
        }
        yield return (document.Get<CatalogPart>(), model) switch
        {
            (RupturePart part, RuptureModel rupture) => result.With(SearchTextOf(part.Catalog, rupture)),
            (ChallengePart, ChallengeModel challenge) => result.With(SearchTextOf(challenge)),
            _ => result,
        };
    }

    private RuptureCatalogModel RuptureCatalog(RuptureCatalog catalog) => new(
        catalog,
        [.. catalog.Severities.Select(severity => new SeverityGroup(severity, Severity(catalog.Id, severity.Id), Listing(catalog, severity)))],
        [.. Relationships.All
            .Select(r => (Relationship: r, Count: catalog.Entries.Count(e => e.Relationships.Contains(r))))
            .Where(pair => pair.Count > 0)
            .Select(pair => new PageLink(Relationships.Label(pair.Relationship, strings), $"{pair.Count}", Relationship(catalog.Id, pair.Relationship)))],
        [.. catalog.Situations
            .Select(s => (Situation: s, Count: catalog.Entries.Count(e => e.Situations.Contains(s.Id))))
            .Where(pair => pair.Count > 0)
            .Select(pair => new PageLink(pair.Situation.Title, $"{pair.Count}", Situation(catalog.Id, pair.Situation.Id)))]);

    private RelationshipModel RelationshipPage(RelationshipPart part) =>
        new(part.Catalog, BySeverity(part.Catalog, e => e.Relationships.Contains(part.Relationship)));

    /// <summary>The entries that pass <paramref name="filter"/>, under each severity that has any.</summary>
    private List<SeverityGroup> BySeverity(RuptureCatalog catalog, Func<RuptureEntry, bool> filter) =>
        [.. catalog.Severities
            .Select(severity => new SeverityGroup(severity, Severity(catalog.Id, severity.Id), Listing(catalog, severity, filter)))
            .Where(group => group.Entries.Count > 0)];

    private List<PageLink> Listing(RuptureCatalog catalog, SeverityLevel severity, Func<RuptureEntry, bool>? filter = null) =>
        [.. catalog.Entries
            .Where(e => e.Severity == severity.Id && (filter is null || filter(e)))
            .Select(e => new PageLink(e.Title, string.Join(", ", e.Relationships.Select(r => Relationships.Label(r, strings))), Entry(catalog.Id, e.Id))
            {
                Quote = e.Quote,
            })];

    private RuptureModel Rupture(
        RupturePart part, Func<Located<string>, TrustedHtml> markdown, Func<IEnumerable<Located<string>>, List<PageLink>> resolve)
    {
        var (catalog, entry) = (part.Catalog, part.Entry);
        // A repeated id, or the entry itself, would waste one of the few places.
        var related = resolve(entry.Related)
            .Where(link => link.Url != Entry(catalog.Id, entry.Id))
            .DistinctBy(link => link.Url, StringComparer.Ordinal)
            .ToList();
        var named = related.Select(r => r.Url).ToHashSet(StringComparer.Ordinal);
        var nearest = part.Related
            .Nearest(entry, RelatedEntries.Count, e => !named.Contains(Entry(catalog.Id, e.Id)))
            .Select(e => new PageLink(e.Title, "", Entry(catalog.Id, e.Id)));
        return new RuptureModel(
            catalog.Title,
            Catalog(catalog.Id),
            entry,
            new PageLink(catalog.Severities.First(s => s.Id == entry.Severity).Title, "", Severity(catalog.Id, entry.Severity)),
            [.. entry.Relationships.Select(r => new PageLink(Relationships.Label(r, strings), "", Relationship(catalog.Id, r)))],
            markdown(entry.Scenario),
            markdown(entry.Impact),
            entry.Do,
            resolve(entry.Steps),
            // Explicit related entries come first and are all kept; the nearest fill up to RelatedEntries.Count.
            [.. related.Concat(nearest).Take(Math.Max(RelatedEntries.Count, related.Count))])
        {
            Situations = [.. catalog.Situations
                .Where(s => entry.Situations.Contains(s.Id))
                .Select(s => new PageLink(s.Title, "", Situation(catalog.Id, s.Id)))],
            IfHurt = entry.IfHurt is { } hurt ? new IfHurtModel(markdown(hurt.Feel), hurt.Ask, hurt.Say) : null,
            SafetyNote = entry.SafetyNote is { } note ? markdown(note) : null,
        };
    }

    private static ChallengeModel Challenge(
        ChallengePart part, Func<Located<string>, TrustedHtml> markdown, Func<IEnumerable<Located<string>>, List<PageLink>> resolve) => new(
        part.Catalog.Title,
        Catalog(part.Catalog.Id),
        part.Entry,
        markdown(part.Entry.WhatItIs),
        markdown(part.Entry.Example.Scenario),
        markdown(part.Entry.Example.Impact),
        [.. part.Entry.HowToOvercome.Select(t => new TipModel(t.Title, markdown(t.Text)))],
        resolve(part.Entry.Steps))
    {
        SafetyNote = part.Entry.SafetyNote is { } note ? markdown(note) : null,
    };

    private SearchText SearchTextOf(RuptureCatalog catalog, RuptureModel model)
    {
        var entry = model.Entry;
        var body = Join(Text(model.Scenario), Text(model.Impact), entry.Say, Join([.. entry.Do]),
            model.IfHurt is { } hurt ? Join(Text(hurt.Feel), Join([.. hurt.Ask]), hurt.Say) : "");
        return new SearchText(body,
            new Facet(entry.Severity, model.Severity.Title, catalog.Severities.Select(s => s.Id).ToList().IndexOf(entry.Severity)),
            [.. entry.Relationships.Select(r => new Facet(r, Relationships.Label(r, strings), Relationships.All.IndexOf(r)))]);
    }

    private static SearchText SearchTextOf(ChallengeModel model)
    {
        var entry = model.Entry;
        var body = Join(
            entry.Summary,
            Text(model.WhatItIs),
            Join([.. entry.WhyItHurts]),
            Text(model.Scenario),
            entry.Example.Says,
            Text(model.Impact),
            Join([.. model.Tips.Select(tip => Join(tip.Title, Text(tip.Text)))]),
            entry.BetterResponse);
        return new SearchText(body, null, []);
    }

    private static string Text(TrustedHtml html) => PlainText.OfHtml(html.Value);

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));
}
