using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Content.Catalogs;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>
/// Reads each catalog file and emits its pages: the catalog itself at <c>/ID/</c> and one page per entry at
/// <c>/ID/ENTRY/</c>, each an xref target. Links named in the entries are resolved later, in PostProcess.
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
            switch (catalog)
            {
                case RuptureCatalog ruptures:
                    outputs.Add(Page(document, ruptures.Id, ruptures.Title, ruptures.Summary, $"/{ruptures.Id}/", "ruptures", ruptures,
                        ruptures.IdLocation, ruptures.Severities.Select(s => (s.Id, s.Title))).WithMetadata(Keys.Section, "Examples"));
                    outputs.AddRange(ruptures.Entries.Select(e => Page(document, e.Id, e.Title, e.Scenario,
                        $"/{ruptures.Id}/{e.Id}/", "rupture", new EntryOf<RuptureEntry>(ruptures.Id, ruptures.Title, e), e.IdLocation, [])));
                    break;
                case ChallengeCatalog challenges:
                    outputs.Add(Page(document, challenges.Id, challenges.Title, challenges.Summary, $"/{challenges.Id}/", "challenges",
                        challenges, challenges.IdLocation, []).WithMetadata(Keys.Section, "What gets in the way"));
                    outputs.AddRange(challenges.Entries.Select(e => Page(document, e.Id, e.Title, e.Summary,
                        $"/{challenges.Id}/{e.Id}/", "challenge", new EntryOf<Challenge>(challenges.Id, challenges.Title, e), e.IdLocation, [])));
                    break;
            }
        }
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private static Document Page(
        Document source, string id, string title, string description, string url, string layout, object content,
        SourceLocation location, IEnumerable<(string Id, string Text)> anchors)
    {
        var target = new XrefTarget(id, title, url,
            anchors.ToImmutableDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal), location);
        return new Document { Source = source.Source, Destination = PageUrls.DestinationOf(url) }
            .WithMetadata(Keys.Title, title)
            .WithMetadata(Keys.Description, PlainSummary(description))
            .WithMetadata(Keys.Layout, layout)
            .WithMetadata(Keys.CatalogContent, content)
            .WithMetadata(Keys.Target, target);
    }

    // A description goes into <meta>; Markdown emphasis markers read badly there.
    private static string PlainSummary(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown, Markdown.MendMarkdown.Pipeline).Trim();
}

/// <summary>An entry together with the catalog it belongs to.</summary>
public sealed record EntryOf<T>(string CatalogId, string CatalogTitle, T Entry);
