using Mend.Site.Pipelines;

namespace Mend.Site;

/// <summary>The composition root: every pipeline of the site, on one screen.</summary>
public static class MendSite
{
    public static IReadOnlyList<Mend.Pipeline.Pipeline> Pipelines(SiteContext site) =>
    [
        new AssetsPipeline(site),
        new GuidesPipeline(site),
        new CatalogsPipeline(site),
        new AssessmentsPipeline(site),
        new TagsPipeline(site, GuidesPipeline.PipelineName, CatalogsPipeline.PipelineName),
        new XrefsPipeline(
            GuidesPipeline.PipelineName, CatalogsPipeline.PipelineName, AssessmentsPipeline.PipelineName, TagsPipeline.PipelineName),
        new SearchPipeline(site, GuidesPipeline.PipelineName, CatalogsPipeline.PipelineName),
        new HomePipeline(site),
        new SiteFilesPipeline(site),
        new LinksPipeline(site.Urls),
    ];
}
