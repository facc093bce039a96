using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Mend.Site.Markdown.Containers;

/// <summary>
/// A <c>say</c> container as a box (a <c>div</c>); a <c>steps</c> container as its steps at a glance, then its blocks
/// as they are, so that each step's heading stays a heading of the page (for the contents, search and links).
/// </summary>
public sealed class ContainerRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        if (ContainerKinds.Of(container) == ContainerKinds.Steps)
        {
            WriteSummary(renderer, container);
            renderer.WriteChildren(container);
            return;
        }
        renderer.Write("<div").WriteAttributes(container).WriteLine(">");
        renderer.WriteChildren(container);
        renderer.EnsureLine().WriteLine("</div>");
    }

    private static void WriteSummary(HtmlRenderer renderer, CustomContainer container)
    {
        var steps = Steps.Of(container).Where(h => h.GetAttributes().Id is { Length: > 0 }).ToList();
        if (steps.Count == 0)
        {
            return;
        }
        renderer.Write("<ol class=\"steps-summary\" aria-label=\"").WriteEscape(MarkdownWords.Of(container).StepsSummary).WriteLine("\">");
        foreach (var step in steps)
        {
            var title = InlineText.Of(step.Inline, withStepNumber: false);
            renderer.Write("<li><a href=\"#").WriteEscape(step.GetAttributes().Id).Write("\">").WriteEscape(title).WriteLine("</a></li>");
        }
        renderer.WriteLine("</ol>");
    }
}
