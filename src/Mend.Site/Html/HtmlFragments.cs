using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mend.Site.Html;

/// <summary>Parses and serialises HTML (rendered Markdown, finished pages) with AngleSharp.</summary>
public static class HtmlFragments
{
    // Modules map documents in parallel; each thread parses with its own parser.
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser());

    private static HtmlParser Parser => Parsers.Value!;

    public static (IDocument Owner, INodeList Nodes) Parse(string html)
    {
        var owner = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = Parser.ParseFragment(html, owner.Body!);
        return (owner, nodes);
    }

    /// <summary>Parses a whole page.</summary>
    public static IDocument ParseDocument(string html) => Parser.ParseDocument(html);

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
