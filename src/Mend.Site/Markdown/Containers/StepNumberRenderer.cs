using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Mend.Site.Markdown.Containers;

/// <summary>A step's number as a label over its heading; the colon is for screen readers and copied text.</summary>
public sealed class StepNumberRenderer : HtmlObjectRenderer<StepNumberInline>
{
    protected override void Write(HtmlRenderer renderer, StepNumberInline obj) =>
        renderer.Write("<span class=\"step-number\">Step ").Write(obj.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Write("<span class=\"visually-hidden\">:</span></span> ");
}
