using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Strings;

namespace Mend.Site.Tags;

/// <summary>
/// Creates the tag index at <c>/tags/</c> and a page per tag at <c>/tags/NAME/</c> listing every page with that
/// tag that the content pipelines read, grouped by kind. Each tag page's id is <c>tag:NAME</c>, for xrefs.
/// </summary>
public sealed class CreateTagPages(InterfaceStrings strings, params string[] contentPipelines) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var tagged = contentPipelines
            .SelectMany(context.InputsOf)
            .Select(d => d.Get<Page>())
            .SelectMany(page => page.Tags.Distinct().Select(tag => (Tag: tag, Page: page)))
            .GroupBy(pair => pair.Tag, pair => pair.Page, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        // The pages depend on nothing but which pages have which tag, and their kinds, titles, addresses and what their cards show.
        var key = Fingerprint.Of(tagged.SelectMany(g => g.Select(p => $"{g.Key} {p.Kind.Id} {p.Url} {p.Title} {p.Description} {p.Quote}")));
        return context.Cache is { } cache ? cache.Whole(key, () => [.. Pages(tagged)]) : Pages(tagged);
    }

    private IEnumerable<Document> Pages(List<IGrouping<string, Page>> tagged)
    {
        if (tagged.Count == 0)
        {
            yield break;
        }

        yield return PageDocument.Create(new Page(PageKind.Tag, strings.Text("tags_title"), strings.Text("tags_description"), PageUrls.TagIndex, "tags")
        {
            Section = PageKind.Tag,
            Model = new TagIndexModel([.. tagged.Select(g => new PageLink(g.Key, $"{g.Count()}", PageUrls.OfTag(g.Key)))]),
        });
        var index = new PageLink(strings.Text("tags_title"), "", PageUrls.TagIndex);
        foreach (var group in tagged)
        {
            var groups = PageKind.Content
                .Select(kind => new TagGroup(strings.KindLabel(kind, plural: true), [.. group
                    .Where(p => p.Kind == kind)
                    .Select(p => p.Link)
                    .OrderBy(link => link.Title, StringComparer.Ordinal)]))
                .Where(g => g.Entries.Count > 0);
            yield return PageDocument.Create(new Page(PageKind.Tag, strings.Text("tag_title", group.Key), strings.Text("tag_description", group.Key),
                PageUrls.OfTag(group.Key), "tag")
            {
                Id = $"tag:{group.Key}",
                Breadcrumbs = [index],
                Model = new TagModel(group.Key, [.. groups]),
            });
        }
    }
}
