using Mend.Pipeline.Modules;
using Mend.Site.Core;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.ApologyChecks;

/// <summary>input/apology-checks.yml, when there is one, to the apology checker's page at /apology-check/.</summary>
public sealed class ApologyChecksPipeline : Mend.Pipeline.Pipeline
{
    public ApologyChecksPipeline(SiteContext site) : base(nameof(ApologyChecksPipeline), nameof(XrefsPipeline))
    {
        Input = [new ReadFiles(InputRules.Files, site.InputDirectory, "", ApologyChecksReader.FileName), new ParseApologyChecks(site.Templates.Strings)];
        PostProcess = [new ApplyLayout(site.Templates, site.Config, site.Urls)];
        Output = site.Writers;
    }
}
