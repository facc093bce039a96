using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace Mend.Site.Markdown.TaskBoxes;

/// <summary>Replaces Markdig's task-list parser with <see cref="TaskBoxParser"/>; use after <c>UseTaskLists()</c>.</summary>
public sealed class TaskBoxExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.InlineParsers.Replace<TaskListInlineParser>(new TaskBoxParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
