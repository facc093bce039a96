using Mend.Pipeline.Modules;
using Mend.Site.Content;
using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>input/guides/*.md to pages at /guides/ID/.</summary>
public sealed class GuidesPipeline : Mend.Pipeline.Pipeline
{
    public const string PipelineName = "Guides";

    public GuidesPipeline(SiteContext site) : base(PipelineName)
    {
        Input.Add(new ReadFiles(site.InputDirectory, "guides", "*.md"));
        Process.Add(new ParseGuides());
        Process.Add(new RenderMarkdown());
        Process.Add(new AddXrefTarget(d => new Located<string>(d.Get(Keys.Guide).Id, d.Get(Keys.Guide).IdLocation)));
        Process.Add(new LinkNeighbours(guides => GuideOrder.Sort(guides, d => d.Get(Keys.Guide))));
        PostProcess.Add(new ResolveXrefs(site.Urls, XrefsPipeline.PipelineName));
        PostProcess.Add(new AddSupportNote(site.Urls, site.Config, XrefsPipeline.PipelineName));
        PostProcess.Add(new AddBacklinks(site.Urls));
        PostProcess.Add(new ApplyLayout(site.Templates, site.Config, site.Urls));
        Output.Add(new WriteFiles(site.OutputDirectory));
    }
}
