using Mend.Pipeline;

namespace Mend.Site.Core;

/// <summary>
/// Gives each page of a sequence read in order (the guides, a catalog's entries) links to the pages before and after
/// it. With a rebuild's cache, a page handed over again whose links are the same comes out as the same document as
/// last time, so that the modules after can tell it did not change.
/// </summary>
public static class Neighbours
{
    public static IEnumerable<Document> Link(IReadOnlyList<Document> series, ModuleCache? cache = null)
    {
        for (var i = 0; i < series.Count; i++)
        {
            var previous = i > 0 ? LinkTo(series[i - 1]) : null;
            var next = i < series.Count - 1 ? LinkTo(series[i + 1]) : null;
            var linked = cache is not null && cache.TryGet<Document>(series[i], out var last)
                && last.Get<Page>().Previous == previous && last.Get<Page>().Next == next
                    ? last
                    : series[i].With(series[i].Get<Page>() with { Previous = previous, Next = next });
            cache?.Set(series[i], linked);
            yield return linked;
        }
    }

    private static PageLink LinkTo(Document document)
    {
        var page = document.Get<Page>();
        return new PageLink(page.Title, "", page.Url);
    }
}
