using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;
using Mend.Site.Xrefs;
using Mend.Site.Strings;
using static Mend.Site.Catalogs.CatalogPages;

namespace Mend.Site.Catalogs;

/// <summary>
/// Reads each catalog file and emits its pages: the catalog itself at <c>/ID/</c>, one page per entry at
/// <c>/ID/ENTRY/</c> (in reading order, each naming the guide steps it cites), and for ruptures one page per severity,
/// one per kind of relationship and one per situation that has entries. Each page carries the <see cref="CatalogPart"/> it shows; links resolve later.
/// </summary>
public sealed class ParseCatalogs(InterfaceStrings strings) : DocumentModule
{
    protected override bool ReusesResults => true;

    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = CatalogReader.Read(document.Source, document.Content, diagnostics);
        diagnostics.ForEach(context.Report);
        // Each page keeps the file's text, where its Markdown fields' links are found when one is reported.
        var text = new YamlText(document.Content);
        var pages = catalog switch
        {
            RuptureCatalog ruptures => RupturePages(document.Source, ruptures),
            ChallengeCatalog challenges => ChallengePages(document.Source, challenges),
            _ => [],
        };
        return pages.Select(page => page.With(text));
    }

    private IEnumerable<Document> RupturePages(string source, RuptureCatalog catalog)
    {
        var home = new PageLink(catalog.Title, "", Catalog(catalog.Id));
        yield return Create(source, new RuptureCatalogPart(catalog),
            new Page(PageKind.Catalog, catalog.Title, Plain(catalog.Summary), Catalog(catalog.Id), "ruptures")
            {
                Id = catalog.Id,
                Location = catalog.IdLocation,
                Headings = [.. catalog.Severities.Select(s => new Heading(s.Id, s.Title, 2))],
                Section = PageKind.Rupture,
                Review = catalog.Review,
            });

        foreach (var severity in catalog.Severities)
        {
            var summary = severity.Summary.Length > 0 ? severity.Summary : catalog.Summary;
            yield return Create(source, new SeverityPart(catalog, severity),
                new Page(PageKind.Severity, severity.Title, Plain(summary), Severity(catalog.Id, severity.Id), "severity")
                {
                    Breadcrumbs = [home],
                });
        }

        foreach (var relationship in Relationships.All.Where(r => catalog.Entries.Any(e => e.Relationships.Contains(r))))
        {
            var title = Relationships.Label(relationship, strings);
            yield return Create(source, new RelationshipPart(catalog, relationship),
                new Page(PageKind.Relationship, title, $"{catalog.Title}: {title.ToLowerInvariant()}.",
                    Relationship(catalog.Id, relationship), "relationship")
                {
                    Breadcrumbs = [home],
                });
        }

        foreach (var situation in catalog.Situations.Where(s => catalog.Entries.Any(e => e.Situations.Contains(s.Id))))
        {
            var summary = situation.Summary.Length > 0 ? situation.Summary : $"{catalog.Title}: {situation.Title.ToLowerInvariant()}.";
            yield return Create(source, new SituationPart(catalog, situation),
                new Page(PageKind.Situation, situation.Title, Plain(summary), Situation(catalog.Id, situation.Id), "situation")
                {
                    // As a tag's page is xref:tag:NAME, so a situation's is xref:situation:ID.
                    Id = $"situation:{situation.Id}",
                    Breadcrumbs = [home],
                });
        }

        // Reading order is the catalog page's order: by severity, then as written.
        var severityOrder = catalog.Severities.Select(s => s.Id).ToList();
        var related = new RelatedEntries(catalog.Entries);
        var entries = catalog.Entries.OrderBy(e => severityOrder.IndexOf(e.Severity)).Select(entry =>
        {
            var severity = catalog.Severities.First(s => s.Id == entry.Severity);
            return Create(source, new RupturePart(catalog, entry, related),
                    new Page(PageKind.Rupture, entry.Title, Plain(entry.Scenario.Value), Entry(catalog.Id, entry.Id), "rupture")
                    {
                        Id = entry.Id,
                        Location = entry.IdLocation,
                        Breadcrumbs = [home, new PageLink(severity.Title, "", Severity(catalog.Id, severity.Id))],
                        Tags = entry.Tags,
                        Quote = entry.Quote,
                        Review = catalog.Review,
                    })
                .With(new Citations([.. entry.Steps.Select(s => s.Value)]));
        });
        foreach (var entry in Neighbours.Link([.. entries]))
        {
            yield return entry;
        }
    }

    private static IEnumerable<Document> ChallengePages(string source, ChallengeCatalog catalog)
    {
        var home = new PageLink(catalog.Title, "", Catalog(catalog.Id));
        yield return Create(source, new ChallengeCatalogPart(catalog),
            new Page(PageKind.Catalog, catalog.Title, Plain(catalog.Summary), Catalog(catalog.Id), "challenges")
            {
                Id = catalog.Id,
                Location = catalog.IdLocation,
                Section = PageKind.Challenge,
                Review = catalog.Review,
            });

        var entries = catalog.Entries.Select(entry => Create(source, new ChallengePart(catalog, entry),
                new Page(PageKind.Challenge, entry.Title, Plain(entry.Summary), Entry(catalog.Id, entry.Id), "challenge")
                {
                    Id = entry.Id,
                    Location = entry.IdLocation,
                    Breadcrumbs = [home],
                    Tags = entry.Tags,
                    Quote = entry.Quote,
                    Review = catalog.Review,
                })
            .With(new Citations([.. entry.Steps.Select(s => s.Value)])));
        foreach (var entry in Neighbours.Link([.. entries]))
        {
            yield return entry;
        }
    }

    private static Document Create(string source, CatalogPart part, Page page) =>
        PageDocument.Create(page, source).With(part);

    // A description goes into <meta>; Markdown emphasis markers read badly there.
    private static string Plain(string markdown) => PlainText.OfMarkdown(markdown);
}
