using AngleSharp.Dom;
using Mend.Site.Html;

namespace Mend.Site.Markdown;

/// <summary>
/// Markdig renders a task-list box as a bare disabled checkbox; screen readers then announce an unnamed control.
/// Each box is named after its item's own text (without any nested list).
/// </summary>
public static class TaskListLabels
{
    public static string Apply(string html) => !html.Contains("task-list-item", StringComparison.Ordinal)
        ? html
        : HtmlFragments.Edit(html, container =>
        {
            foreach (var box in container.QuerySelectorAll("li.task-list-item > input[type=checkbox]"))
            {
                var item = box.ParentElement!;
                var text = string.Concat(item.ChildNodes.Where(n => n is not IElement { LocalName: "ul" or "ol" }).Select(n => n.TextContent));
                box.SetAttribute("aria-label", string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        });
}
