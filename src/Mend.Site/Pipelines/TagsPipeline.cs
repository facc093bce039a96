using Mend.Pipeline.Modules;
using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>The tag index and a page per tag, gathered from the guides and catalogs.</summary>
public sealed class TagsPipeline : Mend.Pipeline.Pipeline
{
    public const string PipelineName = "Tags";

    public TagsPipeline(SiteContext site, params string[] contentPipelines) : base(PipelineName, contentPipelines)
    {
        Process.Add(new CreateTagPages(contentPipelines));
        PostProcess.Add(new ApplyLayout(site.Templates, site.Config, site.Urls));
        Output.Add(new WriteFiles(site.OutputDirectory));
    }
}
