using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Content.Catalogs;
using Mend.Site.Templates;
using Mend.Site.Xrefs;
using static Mend.Site.Content.Catalogs.CatalogPages;

namespace Mend.Site.Modules;

/// <summary>
/// Reads each catalog file and emits its pages: the catalog itself at <c>/ID/</c>, one page per entry at
/// <c>/ID/ENTRY/</c> (each an xref target, in reading order), and for ruptures one page per severity and one per
/// kind of relationship. Links named in the entries are resolved later, in PostProcess.
/// </summary>
public sealed class ParseCatalogs : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var outputs = new List<Document>();
        foreach (var document in inputs)
        {
            var diagnostics = new List<Diagnostic>();
            var catalog = CatalogReader.Read(document.Source, document.Content, diagnostics);
            diagnostics.ForEach(context.Report);
            outputs.AddRange(catalog switch
            {
                RuptureCatalog ruptures => RupturePages(document, ruptures),
                ChallengeCatalog challenges => ChallengePages(document, challenges),
                _ => [],
            });
        }
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private static IEnumerable<Document> RupturePages(Document source, RuptureCatalog catalog)
    {
        var home = new PageLink(catalog.Title, "", Catalog(catalog.Id));
        yield return Page(source, Catalog(catalog.Id), catalog.Title, catalog.Summary, "ruptures", catalog)
            .WithMetadata(Keys.Target, Target(catalog.Id, catalog.Title, Catalog(catalog.Id), catalog.IdLocation,
                catalog.Severities.Select(s => (s.Id, s.Title))))
            .WithMetadata(Keys.Section, "Examples");

        foreach (var severity in catalog.Severities)
        {
            yield return Page(source, Severity(catalog.Id, severity.Id), severity.Title,
                    severity.Summary.Length > 0 ? severity.Summary : catalog.Summary, "severity", new SeverityOf(catalog, severity))
                .WithMetadata(Keys.Breadcrumbs, [home]);
        }

        foreach (var relationship in Relationships.All.Where(r => catalog.Entries.Any(e => e.Relationships.Contains(r))))
        {
            var title = Relationships.Label(relationship);
            yield return Page(source, Relationship(catalog.Id, relationship), title,
                    $"{catalog.Title}: {title.ToLowerInvariant()}.", "relationship", new RelationshipOf(catalog, relationship))
                .WithMetadata(Keys.Breadcrumbs, [home]);
        }

        // Reading order is the catalog page's order: by severity, then as written.
        var severityOrder = catalog.Severities.Select(s => s.Id).ToList();
        foreach (var entry in catalog.Entries.OrderBy(e => severityOrder.IndexOf(e.Severity)))
        {
            var severity = catalog.Severities.First(s => s.Id == entry.Severity);
            var url = Entry(catalog.Id, entry.Id);
            yield return Page(source, url, entry.Title, entry.Scenario.Value, "rupture",
                    new RuptureOf(catalog, entry))
                .WithMetadata(Keys.Target, Target(entry.Id, entry.Title, url, entry.IdLocation, []))
                .WithMetadata(Keys.Breadcrumbs, [home, new PageLink(severity.Title, "", Severity(catalog.Id, severity.Id))])
                .WithMetadata(Keys.Series, catalog.Id)
                .WithMetadata(Keys.Kind, "rupture")
                .WithMetadata(Keys.Tags, entry.Tags)
                .WithMetadata(Keys.Cites, [.. entry.Steps.Select(s => s.Value)]);
        }
    }

    private static IEnumerable<Document> ChallengePages(Document source, ChallengeCatalog catalog)
    {
        var home = new PageLink(catalog.Title, "", Catalog(catalog.Id));
        yield return Page(source, Catalog(catalog.Id), catalog.Title, catalog.Summary, "challenges", catalog)
            .WithMetadata(Keys.Target, Target(catalog.Id, catalog.Title, Catalog(catalog.Id), catalog.IdLocation, []))
            .WithMetadata(Keys.Section, "What gets in the way");

        foreach (var entry in catalog.Entries)
        {
            var url = Entry(catalog.Id, entry.Id);
            yield return Page(source, url, entry.Title, entry.Summary, "challenge",
                    new ChallengeOf(catalog, entry))
                .WithMetadata(Keys.Target, Target(entry.Id, entry.Title, url, entry.IdLocation, []))
                .WithMetadata(Keys.Breadcrumbs, [home])
                .WithMetadata(Keys.Series, catalog.Id)
                .WithMetadata(Keys.Kind, "challenge")
                .WithMetadata(Keys.Tags, entry.Tags)
                .WithMetadata(Keys.Cites, [.. entry.Steps.Select(s => s.Value)]);
        }
    }

    private static Document Page(Document source, string url, string title, string description, string layout, object content) =>
        new Document { Source = source.Source, Destination = PageUrls.DestinationOf(url) }
            .WithMetadata(Keys.Title, title)
            .WithMetadata(Keys.Description, PlainSummary(description))
            .WithMetadata(Keys.Layout, layout)
            .WithMetadata(Keys.Parsed, content);

    private static XrefTarget Target(
        string id, string title, string url, SourceLocation location, IEnumerable<(string Id, string Text)> anchors) =>
        new(id, title, url, anchors.ToImmutableDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal), location);

    // A description goes into <meta>; Markdown emphasis markers read badly there.
    private static string PlainSummary(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown, Markdown.MendMarkdown.Pipeline).Trim();
}
