using Mend.Pipeline.Modules;
using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>input/catalogs/*.yml to a page per catalog, per entry, per severity and per kind of relationship.</summary>
public sealed class CatalogsPipeline : Mend.Pipeline.Pipeline
{
    public const string PipelineName = "Catalogs";

    public CatalogsPipeline(SiteContext site) : base(PipelineName)
    {
        Input.Add(new ReadFiles(site.InputDirectory, "catalogs", "*.yml"));
        Process.Add(new ParseCatalogs());
        Process.Add(new LinkNeighbours());
        PostProcess.Add(new BuildCatalogModels(site.Urls, XrefsPipeline.PipelineName));
        PostProcess.Add(new ApplyLayout(site.Templates, site.Config, site.Urls));
        Output.Add(new WriteFiles(site.OutputDirectory));
    }
}
