using Mend.Pipeline.Modules;
using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>The files beside the pages that crawlers, feed readers and GitHub Pages look for.</summary>
public sealed class SiteFilesPipeline : Mend.Pipeline.Pipeline
{
    public SiteFilesPipeline(SiteContext site) : base("SiteFiles")
    {
        Process.Add(new CreateRobotsTxt(site.Urls));
        Process.Add(new CreateNoJekyll());
        PostProcess.Add(new CreateSitemap(site.Urls));
        PostProcess.Add(new CreateFeed(site.Config, site.Urls, GuidesPipeline.PipelineName));
        Output.Add(new WriteFiles(site.OutputDirectory));
    }
}
