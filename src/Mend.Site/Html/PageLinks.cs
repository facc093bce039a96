using AngleSharp.Html.Parser;

namespace Mend.Site.Html;

/// <summary>
/// The links and ids of a finished page, read without building the page's tree: the link check needs nothing else,
/// and a tree per page costs several times the tokenizing. Plain pages are read by <see cref="PageLinkScanner"/>;
/// any other by AngleSharp's HTML tokenizer. A link is the
/// <c>href</c>, <c>src</c> or <c>action</c> of the elements a browser follows or loads; a resource is one the page loads.
/// </summary>
public sealed record PageLinks(IReadOnlyList<(string Href, bool IsResource)> Links, IReadOnlySet<string> Ids)
{
    private static readonly string[] ResourceRels = ["stylesheet", "icon", "preload", "manifest"];

    public static PageLinks Of(string html) => Scanned(html) ?? Tokenized(html);

    /// <summary>The page read by <see cref="PageLinkScanner"/>, or null when it needs the full tokenizer.</summary>
    public static PageLinks? Scanned(string html)
    {
        var links = new List<(string, bool)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var read = PageLinkScanner.TryRead(html, (name, attributes) =>
        {
            string? First(string attribute) => attributes.FirstOrDefault(a => a.Name == attribute) is { Name: not null } found ? found.Value : null;
            Add(name, First, links, ids);
        });
        return read ? new PageLinks(links, ids) : null;
    }

    /// <summary>The page read by AngleSharp's tokenizer.</summary>
    public static PageLinks Tokenized(string html)
    {
        var links = new List<(string, bool)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in HtmlTags.Of(html).Where(tag => tag.Type == HtmlTokenType.StartTag))
        {
            // A repeated attribute counts once, as it does in the tree: the first one wins.
            string? First(string attribute) =>
                tag.Attributes.FirstOrDefault(a => a.Name == attribute) is { Name: not null } found ? found.Value : null;
            Add(tag.Name, First, links, ids);
        }
        return new PageLinks(links, ids);
    }

    private static void Add(string name, Func<string, string?> attribute, List<(string, bool)> links, HashSet<string> ids)
    {
        if (attribute("id") is { } id)
        {
            ids.Add(id);
        }
        if (LinkOf(name, attribute) is { } link)
        {
            links.Add(link);
        }
    }

    private static (string, bool)? LinkOf(string name, Func<string, string?> attribute) => name switch
    {
        "a" => Link(attribute("href"), isResource: false),
        "form" => Link(attribute("action"), isResource: false),
        "script" or "img" or "source" or "iframe" => Link(attribute("src"), isResource: true),
        "link" when (attribute("rel") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(rel => ResourceRels.Contains(rel, StringComparer.OrdinalIgnoreCase)) => Link(attribute("href"), isResource: true),
        _ => null,
    };

    private static (string, bool)? Link(string? value, bool isResource) => value is null ? null : (value, isResource);
}
