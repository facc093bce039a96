using System.Globalization;
using System.Xml.Linq;
using Mend.Pipeline;

namespace Mend.Site.Modules;

/// <summary>
/// Adds sitemap.xml (sitemaps.org): the absolute URL of every rendered page, in ordinal order, with a
/// <c>lastmod</c> for each guide whose front matter gives an <c>updated</c> date. Runs in PostProcess, where
/// every pipeline's pages are visible.
/// </summary>
public sealed class CreateSitemap(PageUrls urls) : IModule
{
    public const string FileName = "sitemap.xml";

    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = context.VisibleOutputs()
            .Where(IsPage)
            .Select(page => (
                Url: urls.Absolute(PageUrls.UrlOf(page.Destination!)),
                Updated: page.TryGet(Keys.Guide, out var guide) ? guide.Updated : null))
            .OrderBy(page => page.Url, StringComparer.Ordinal);
        var sitemap = new XDocument(new XElement(Sitemaps + "urlset",
            pages.Select(page => new XElement(Sitemaps + "url",
                new XElement(Sitemaps + "loc", page.Url),
                page.Updated is { } date
                    ? new XElement(Sitemaps + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : null))));
        var document = new Document { Destination = FileName, Content = XmlText.Of(sitemap) };
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, document]);
    }

    // A rendered page is an HTML file that ApplyLayout wraps in a layout; assets and site files are not pages.
    private static bool IsPage(Document document) =>
        document.Destination is { } destination
        && destination.EndsWith(".html", StringComparison.Ordinal)
        && destination != CreateNotFoundPage.Destination // served for missing addresses; not a page to index
        && document.Has(Keys.Layout);
}
