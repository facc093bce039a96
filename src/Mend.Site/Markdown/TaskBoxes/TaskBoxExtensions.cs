using Markdig;

namespace Mend.Site.Markdown.TaskBoxes;

public static class TaskBoxExtensions
{
    public static MarkdownPipelineBuilder UseTaskBoxesAtItemStart(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TaskBoxExtension>();
        return pipeline;
    }
}
