using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mend.Site.Html;

/// <summary>Parses and serialises HTML fragments (rendered Markdown) with AngleSharp.</summary>
public static class HtmlFragments
{
    // Modules map documents in parallel; each thread parses with its own parser. Fragments are parsed as the content
    // of the body of an empty page, made once per thread: AngleSharp only reads its name, and puts the nodes it parses
    // into a new body element of a new document, so no call changes it.
    private static readonly ThreadLocal<(HtmlParser Parser, IElement Body)> Parsers = new(() =>
    {
        var parser = new HtmlParser();
        return (parser, parser.ParseDocument("<!DOCTYPE html><html><body></body></html>").Body!);
    });

    /// <summary>Parses <paramref name="html"/> as a page's body would hold it: a body element of its own, holding its nodes.</summary>
    public static IElement Parse(string html)
    {
        var (parser, body) = Parsers.Value;
        var nodes = parser.ParseFragment(html, body);
        return nodes.Length > 0 ? (IElement)nodes[0].Parent! : parser.ParseDocument("").Body!;
    }

    /// <summary>The HTML of what <paramref name="container"/> holds.</summary>
    public static string Serialize(IElement container) => HtmlWriter.InnerHtml(container);

    /// <summary>Parses <paramref name="html"/> into a container element, lets <paramref name="edit"/> change it, and serialises the result.</summary>
    public static string Edit(string html, Action<IElement> edit)
    {
        var container = Parse(html);
        edit(container);
        return Serialize(container);
    }
}
