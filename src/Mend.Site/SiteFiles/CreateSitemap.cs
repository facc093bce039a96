using System.Globalization;
using System.Xml.Linq;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.SiteFiles;

/// <summary>
/// Adds sitemap.xml (sitemaps.org): the absolute URL of every page, in ordinal order, with a <c>lastmod</c> for each
/// page that gives an <see cref="Page.Updated"/> or a review date: the later of the two (<see cref="Page.LastModified"/>). Runs in PostProcess, where every pipeline's pages are visible.
/// </summary>
public sealed class CreateSitemap(PageUrls urls) : DocumentModule
{
    public const string FileName = "sitemap.xml";

    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = context.VisibleOutputs()
            .Where(d => d.TryGet<Page>(out var page) && !page.ServedAnywhere) // 404.html is no page to index
            .Select(d => d.Get<Page>())
            .Select(page => (Url: urls.Absolute(page.Url), page.LastModified))
            .OrderBy(page => page.Url, StringComparer.Ordinal);
        var sitemap = new XDocument(new XElement(Sitemaps + "urlset",
            pages.Select(page => new XElement(Sitemaps + "url",
                new XElement(Sitemaps + "loc", page.Url),
                page.LastModified is { } date
                    ? new XElement(Sitemaps + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : null))));
        return [.. inputs, new Document { Destination = FileName, Content = XmlText.Of(sitemap) }];
    }
}
