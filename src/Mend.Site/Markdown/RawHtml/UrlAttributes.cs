namespace Mend.Site.Markdown.RawHtml;

/// <summary>The HTML attributes whose value a browser follows or loads as an address.</summary>
public static class UrlAttributes
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "href", "src", "srcset", "action", "formaction", "poster", "data", "codebase", "cite", "background", "longdesc",
        "usemap", "ping", "manifest", "xlink:href", "lowsrc", "dynsrc",
    };
}
