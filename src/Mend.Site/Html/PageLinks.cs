using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Mend.Site.Html;

/// <summary>
/// The links and ids of a finished page, read by AngleSharp's HTML tokenizer without building the page's tree: the
/// link check needs nothing else, and a tree per page costs several times the tokenizing. A link is the
/// <c>href</c>, <c>src</c> or <c>action</c> of the elements a browser follows or loads; a resource is one the page loads.
/// </summary>
public sealed record PageLinks(IReadOnlyList<(string Href, bool IsResource)> Links, IReadOnlySet<string> Ids)
{
    private static readonly string[] ResourceRels = ["stylesheet", "icon", "preload", "manifest"];

    public static PageLinks Of(string html)
    {
        var links = new List<(string, bool)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var source = new TextSource(html);
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
            {
                continue;
            }
            if (First(tag, "id") is { } id)
            {
                ids.Add(id);
            }
            if (LinkOf(tag) is { } link)
            {
                links.Add(link);
            }
            tokenizer.State = StateAfter(tag.Name, tokenizer.State);
        }
        return new PageLinks(links, ids);
    }

    private static (string, bool)? LinkOf(HtmlTagToken tag) => tag.Name switch
    {
        "a" => Attribute(tag, "href", isResource: false),
        "form" => Attribute(tag, "action", isResource: false),
        "script" or "img" or "source" or "iframe" => Attribute(tag, "src", isResource: true),
        "link" when (First(tag, "rel") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(rel => ResourceRels.Contains(rel, StringComparer.OrdinalIgnoreCase)) => Attribute(tag, "href", isResource: true),
        _ => null,
    };

    private static (string, bool)? Attribute(HtmlTagToken tag, string name, bool isResource) =>
        First(tag, name) is { } value ? (value, isResource) : null;

    // A repeated attribute counts once, as it does in the tree: the first one wins.
    private static string? First(HtmlTagToken tag, string name) =>
        tag.Attributes.FirstOrDefault(a => a.Name == name) is { Name: not null } attribute ? attribute.Value : null;

    // The tree builder tells the tokenizer how to read what follows these start tags; without it, a script's text
    // would be read as markup.
    private static HtmlParseMode StateAfter(string name, HtmlParseMode state) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => state,
    };
}
