using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mend.Site.Html;

/// <summary>Parses and serialises HTML fragments (rendered Markdown) with AngleSharp.</summary>
public static class HtmlFragments
{
    private static readonly HtmlParser Parser = new();

    public static (IDocument Owner, INodeList Nodes) Parse(string html)
    {
        var owner = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = Parser.ParseFragment(html, owner.Body!);
        return (owner, nodes);
    }

    public static string Serialize(INodeList nodes) => string.Concat(nodes.Select(node => node.ToHtml()));

    /// <summary>Parses <paramref name="html"/> into a container element, lets <paramref name="edit"/> change it, and serialises the result.</summary>
    public static string Edit(string html, Action<IElement> edit)
    {
        var owner = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var container = owner.Body!;
        container.InnerHtml = html;
        edit(container);
        return container.InnerHtml;
    }
}
