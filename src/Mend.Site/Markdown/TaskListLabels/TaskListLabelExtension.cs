using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace Mend.Site.Markdown.TaskListLabels;

/// <summary>Replaces Markdig's task-list renderer with <see cref="LabelledTaskListRenderer"/>; use after <c>UseTaskLists()</c>.</summary>
public sealed class TaskListLabelExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlTaskListRenderer);
            html.ObjectRenderers.AddIfNotAlready<LabelledTaskListRenderer>();
        }
    }
}
