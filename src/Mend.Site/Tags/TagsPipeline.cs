using Mend.Site.Templates;

namespace Mend.Site.Tags;

/// <summary>The tag index and a page per tag, gathered from what the content pipelines read.</summary>
public sealed class TagsPipeline : Mend.Pipeline.Pipeline
{
    public TagsPipeline(SiteContext site, params string[] contentPipelines) : base(nameof(TagsPipeline))
    {
        Process = [new CreateTagPages(site.Templates.Strings, contentPipelines)];
        PostProcess = [new ApplyLayout(site.Templates, site.Config, site.Urls)];
        Output = site.Writers;
    }
}
