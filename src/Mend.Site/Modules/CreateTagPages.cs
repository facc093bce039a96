using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>
/// Creates the tag index at <c>/tags/</c> and a page per tag at <c>/tags/NAME/</c> listing every page with that
/// tag, grouped by kind. Each tag page is the xref target <c>tag:NAME</c>.
/// </summary>
public sealed class CreateTagPages(params string[] contentPipelines) : IModule
{
    public const string IndexUrl = "/tags/";

    private static readonly (string Kind, string Title)[] Groups =
        [("guide", "Guides"), ("rupture", "Examples"), ("challenge", "What gets in the way")];

    public static string UrlOf(string tag) => $"{IndexUrl}{tag}/";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var tagged = contentPipelines
            .SelectMany(context.OutputsOf)
            .Where(d => d.Has(Keys.Tags))
            .SelectMany(d => d.Get(Keys.Tags).Distinct().Select(tag => (Tag: tag, Page: d)))
            .GroupBy(pair => pair.Tag, pair => pair.Page, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var index = new PageLink("Topics", "", IndexUrl);

        if (tagged.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var outputs = new List<Document>
        {
            Page(IndexUrl, "Topics", "Every topic the guides and examples are tagged with.", "tags", new
            {
                Tags = tagged.Select(g => new PageLink(g.Key, $"{g.Count()}", UrlOf(g.Key))).ToList(),
            }).WithMetadata(Keys.Section, "Topics"),
        };
        foreach (var group in tagged)
        {
            var url = UrlOf(group.Key);
            var title = $"Topic: {group.Key}";
            outputs.Add(Page(url, title, $"Guides and examples about {group.Key}.", "tag", new
                {
                    Tag = group.Key,
                    Groups = Groups
                        .Select(kind => new
                        {
                            kind.Title,
                            Entries = group.Where(p => p.TryGet(Keys.Kind, out var k) && k == kind.Kind)
                                .Select(p => new PageLink(p.Get(Keys.Title), p.TryGet(Keys.Description, out var d) ? d : "", PageUrls.UrlOf(p.Destination!)))
                                .OrderBy(link => link.Title, StringComparer.Ordinal)
                                .ToList(),
                        })
                        .Where(g => g.Entries.Count > 0)
                        .ToList(),
                })
                .WithMetadata(Keys.Breadcrumbs, [index])
                .WithMetadata(Keys.Target, new XrefTarget($"tag:{group.Key}", title, url,
                    ImmutableDictionary<string, string>.Empty, new SourceLocation("", 0, 0))));
        }
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private static Document Page(string url, string title, string description, string layout, object model) =>
        new Document { Destination = PageUrls.DestinationOf(url) }
            .WithMetadata(Keys.Title, title)
            .WithMetadata(Keys.Description, description)
            .WithMetadata(Keys.Layout, layout)
            .WithMetadata(Keys.Model, model);
}
