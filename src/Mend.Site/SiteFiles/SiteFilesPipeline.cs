using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site.SiteFiles;

/// <summary>
/// The files beside the pages that crawlers, feed readers and hosts look for: robots.txt, sitemap.xml, the feed of
/// the content pages <paramref name="contentPipelines"/> made, 404.html and .nojekyll.
/// </summary>
public sealed class SiteFilesPipeline : Mend.Pipeline.Pipeline
{
    public SiteFilesPipeline(SiteContext site, params IReadOnlyList<string> contentPipelines) : base(nameof(SiteFilesPipeline))
    {
        Process = [new CreateRobotsTxt(site.Urls), new CreateNoJekyll(), new AddPage(NotFoundPage.Of(site.Templates.Strings))];
        PostProcess =
        [
            new CreateSitemap(site.Urls),
            new CreateFeed(site.Config, site.Urls, contentPipelines),
            new ApplyLayout(site.Templates, site.Config, site.Urls),
        ];
        Output = site.Writers;
    }
}
