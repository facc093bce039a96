using Markdig;

namespace Mend.Site.Markdown.Containers;

public static class ContainerExtensions
{
    /// <summary><c>::: say</c> and <c>::: steps</c> (see <see cref="ContainerExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseMendContainers(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ContainerExtension>();
        return pipeline;
    }
}
