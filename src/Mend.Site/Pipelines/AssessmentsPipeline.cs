using Mend.Pipeline.Modules;
using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>input/assessments/*.yml to a self-assessment page each, at /ID/.</summary>
public sealed class AssessmentsPipeline : Mend.Pipeline.Pipeline
{
    public const string PipelineName = "Assessments";

    public AssessmentsPipeline(SiteContext site) : base(PipelineName)
    {
        Input.Add(new ReadFiles(site.InputDirectory, "assessments", "*.yml"));
        Process.Add(new ParseAssessments());
        PostProcess.Add(new BuildAssessmentModels(site.Urls, XrefsPipeline.PipelineName));
        PostProcess.Add(new ApplyLayout(site.Templates, site.Config, site.Urls));
        Output.Add(new WriteFiles(site.OutputDirectory));
    }
}
