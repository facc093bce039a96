using Mend.Pipeline;
using Mend.Site.Templates;

namespace Mend.Site.Modules;

/// <summary>
/// Gives each page of a series (<see cref="Keys.Series"/>) links to the page before and after it. A series is
/// read in the order the pages arrive, unless <paramref name="order"/> says otherwise.
/// </summary>
public sealed class LinkNeighbours(Func<IEnumerable<Document>, IEnumerable<Document>>? order = null) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var linked = new Dictionary<Document, Document>(ReferenceEqualityComparer.Instance);
        foreach (var series in inputs.Where(d => d.Has(Keys.Series)).GroupBy(d => d.Get(Keys.Series), StringComparer.Ordinal))
        {
            var pages = (order is null ? series : order(series)).ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                if (i > 0)
                {
                    page = page.WithMetadata(Keys.Previous, LinkTo(pages[i - 1]));
                }
                if (i < pages.Count - 1)
                {
                    page = page.WithMetadata(Keys.Next, LinkTo(pages[i + 1]));
                }
                linked[pages[i]] = page;
            }
        }
        var outputs = inputs.Select(d => linked.GetValueOrDefault(d, d)).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private static PageLink LinkTo(Document page) => new(page.Get(Keys.Title), "", PageUrls.UrlOf(page.Destination!));
}
