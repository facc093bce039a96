using Markdig;

namespace Mend.Site.Markdown.TaskListLabels;

public static class TaskListLabelExtensions
{
    public static MarkdownPipelineBuilder UseTaskListLabels(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TaskListLabelExtension>();
        return pipeline;
    }
}
