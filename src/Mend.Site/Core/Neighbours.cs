using Mend.Pipeline;

namespace Mend.Site.Core;

/// <summary>Gives each page of a sequence read in order (the guides, a catalog's entries) links to the pages before and after it.</summary>
public static class Neighbours
{
    public static IEnumerable<Document> Link(IReadOnlyList<Document> series)
    {
        for (var i = 0; i < series.Count; i++)
        {
            var page = series[i].Get<Page>() with
            {
                Previous = i > 0 ? LinkTo(series[i - 1]) : null,
                Next = i < series.Count - 1 ? LinkTo(series[i + 1]) : null,
            };
            yield return series[i].With(page);
        }
    }

    private static PageLink LinkTo(Document document)
    {
        var page = document.Get<Page>();
        return new PageLink(page.Title, "", page.Url);
    }
}
