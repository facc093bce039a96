using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;

namespace Mend.Site.Markdown.Callouts;

/// <summary>Draws Markdig's alert blocks with <see cref="CalloutRenderer"/>; use after <c>UseAlertBlocks()</c>.</summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is AlertBlockRenderer);
            html.ObjectRenderers.Insert(0, new CalloutRenderer());
        }
    }
}
