using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Mend.Site.Markdown.Callouts;

/// <summary>A callout as a titled note; unlike Markdig's own rendering, with no icon to read out or to style.</summary>
public sealed class CalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock alert)
    {
        var kind = CalloutKinds.Of(alert);
        var title = MarkdownWords.Of(alert).CalloutTitles.GetValueOrDefault(kind, kind);
        // In place of the classes Markdig's parser gives an alert, so that the element has one class attribute.
        var attributes = alert.GetAttributes();
        attributes.Classes = ["callout", $"callout-{kind}"];
        renderer.EnsureLine();
        renderer.Write("<div").WriteAttributes(attributes).WriteLine(" role=\"note\">");
        renderer.Write("<p class=\"callout-title\">").WriteEscape(title).WriteLine("</p>");
        renderer.WriteChildren(alert);
        renderer.EnsureLine().WriteLine("</div>");
    }
}
