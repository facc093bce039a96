using Mend.Site.Templates;

namespace Mend.Site.Home;

/// <summary>The home page, listing the guides that <paramref name="guidesPipeline"/> read.</summary>
public sealed class HomePipeline : Mend.Pipeline.Pipeline
{
    public HomePipeline(SiteContext site, string guidesPipeline) : base(nameof(HomePipeline))
    {
        Process = [new CreateHomePage(site.Config, guidesPipeline)];
        PostProcess = [new ApplyLayout(site.Templates, site.Config, site.Urls)];
        Output = site.Writers;
    }
}
