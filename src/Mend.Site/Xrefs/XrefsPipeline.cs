using Mend.Pipeline;

namespace Mend.Site.Xrefs;

/// <summary>
/// One registry of every page an <c>xref:</c> can name: the pages the content pipelines read, and the pages that
/// the pipelines this one depends on make (the tag pages).
/// Pipelines that resolve links depend on this one and find the registry with <see cref="Registry"/>.
/// </summary>
public sealed class XrefsPipeline : Mend.Pipeline.Pipeline
{
    public XrefsPipeline(string[] contentPipelines, params string[] generatedPages) : base(nameof(XrefsPipeline), generatedPages)
    {
        Process = [new BuildXrefRegistry(contentPipelines)];
    }

    public static XrefRegistry Registry(IExecutionContext context) =>
        context.OutputsOf(nameof(XrefsPipeline)).Single().Get<XrefRegistry>();
}
