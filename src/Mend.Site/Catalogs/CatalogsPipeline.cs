using Mend.Pipeline.Modules;
using Mend.Site.Core;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.Catalogs;

/// <summary>input/catalogs/*.yml to a page per catalog, per entry, per severity and per kind of relationship.</summary>
public sealed class CatalogsPipeline : Mend.Pipeline.Pipeline
{
    public CatalogsPipeline(SiteContext site) : base(nameof(CatalogsPipeline), nameof(XrefsPipeline))
    {
        Input = [new ReadFiles(InputRules.Files, site.InputDirectory, "catalogs", "*.yml"), new ParseCatalogs(site.Templates.Strings)];
        Process = [new BuildCatalogModels(site.Urls, site.Templates.Strings)];
        PostProcess = [new ApplyLayout(site.Templates, site.Config, site.Urls)];
        Output = site.Writers;
    }
}
