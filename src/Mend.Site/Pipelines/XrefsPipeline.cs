using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>One registry of every xref target, built once the pages that declare them are processed.</summary>
public sealed class XrefsPipeline : Mend.Pipeline.Pipeline
{
    public const string PipelineName = "Xrefs";

    public XrefsPipeline(params string[] contentPipelines) : base(PipelineName, contentPipelines)
    {
        Process.Add(new BuildXrefRegistry());
    }
}
