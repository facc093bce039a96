using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Mend.Site.Markdown.Containers;

/// <summary>A step's number at the start of its heading, set apart so that the theme can style it.</summary>
public sealed class StepNumberRenderer : HtmlObjectRenderer<StepNumberInline>
{
    protected override void Write(HtmlRenderer renderer, StepNumberInline obj) =>
        renderer.Write("<span class=\"step-number\">").WriteEscape(obj.Text.TrimEnd()).Write("</span> ");
}
