using System.Net;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mend.Site.Markdown.TaskListLabels;

/// <summary>
/// Renders a task-list box as Markdig does, plus an <c>aria-label</c>: a bare disabled checkbox is announced by
/// screen readers as an unnamed control. The label is the item's own text, without any list nested in it.
/// </summary>
public sealed class LabelledTaskListRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(obj.Checked ? "[x]" : "[ ]");
            return;
        }
        renderer.Write("<input").WriteAttributes(obj).Write(" disabled=\"disabled\" type=\"checkbox\"");
        if (obj.Checked)
        {
            renderer.Write(" checked=\"checked\"");
        }
        renderer.Write(" aria-label=\"").Write(WebUtility.HtmlEncode(Label(obj))).Write("\" />");
    }

    private static string Label(TaskList box)
    {
        var item = box.Parent?.ParentBlock?.Parent as ListItemBlock;
        var paragraphs = item is null
            ? box.Parent?.ParentBlock is LeafBlock own ? [own] : []
            : item.OfType<LeafBlock>().ToList();
        var text = string.Join(' ', paragraphs.Select(p => InlineText.Of(p.Inline)));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
