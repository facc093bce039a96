using Mend.Site.ApologyChecks;
using Mend.Site.Assessments;
using Mend.Site.Assets;
using Mend.Site.AuthorFiles;
using Mend.Site.Catalogs;
using Mend.Site.Checks;
using Mend.Site.Guides;
using Mend.Site.Home;
using Mend.Site.Search;
using Mend.Site.SiteFiles;
using Mend.Site.Tags;
using Mend.Site.Xrefs;

namespace Mend.Site;

/// <summary>The composition root: every pipeline of the site, on one screen.</summary>
public static class MendSite
{
    public static IReadOnlyList<Mend.Pipeline.Pipeline> Pipelines(SiteContext site) =>
    [
        new AssetsPipeline(site),
        new AuthorFilesPipeline(site),
        new GuidesPipeline(site, citingPipelines: nameof(CatalogsPipeline)),
        new CatalogsPipeline(site),
        new AssessmentsPipeline(site),
        new ApologyChecksPipeline(site),
        new TagsPipeline(site, nameof(GuidesPipeline), nameof(CatalogsPipeline)),
        new XrefsPipeline([nameof(GuidesPipeline), nameof(CatalogsPipeline), nameof(AssessmentsPipeline), nameof(ApologyChecksPipeline),
            nameof(AuthorFilesPipeline)],
            nameof(TagsPipeline)),
        new SearchPipeline(site, nameof(GuidesPipeline), nameof(CatalogsPipeline)),
        new HomePipeline(site, nameof(GuidesPipeline)),
        new SiteFilesPipeline(site, nameof(GuidesPipeline), nameof(CatalogsPipeline)),
        new ChecksPipeline(site.Urls, site.Today),
    ];
}
