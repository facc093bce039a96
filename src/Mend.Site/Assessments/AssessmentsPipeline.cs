using Mend.Pipeline.Modules;
using Mend.Site.Core;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.Assessments;

/// <summary>input/assessments/*.yml to a self-assessment page each, at /ID/.</summary>
public sealed class AssessmentsPipeline : Mend.Pipeline.Pipeline
{
    public AssessmentsPipeline(SiteContext site) : base(nameof(AssessmentsPipeline), nameof(XrefsPipeline))
    {
        Input = [new ReadFiles(InputRules.Files, site.InputDirectory, "assessments", "*.yml"), new ParseAssessments()];
        Process = [new BuildAssessmentModels(site.Urls, site.Templates.Strings.MarkdownWords())];
        PostProcess = [new ApplyLayout(site.Templates, site.Config, site.Urls)];
        Output = site.Writers;
    }
}
