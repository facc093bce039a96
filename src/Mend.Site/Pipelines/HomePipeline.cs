using Mend.Pipeline.Modules;
using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>The home page, listing the guides; the search page; and the page for addresses the site does not have.</summary>
public sealed class HomePipeline : Mend.Pipeline.Pipeline
{
    public HomePipeline(SiteContext site) : base("Home", GuidesPipeline.PipelineName)
    {
        Process.Add(new CreateHomePage(site.Config, GuidesPipeline.PipelineName));
        Process.Add(new CreateNotFoundPage());
        Process.Add(new CreateSearchPage());
        PostProcess.Add(new ApplyLayout(site.Templates, site.Config, site.Urls));
        Output.Add(new WriteFiles(site.OutputDirectory));
    }
}
