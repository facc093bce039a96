namespace Mend.Site.Core;

/// <summary>
/// The site's URLs. Modules and models speak in site-rooted URLs (<c>/guides/repair-steps/</c>); every link
/// written into a page is made relative to that page, so one output works at any base path. An offline
/// build links to <c>index.html</c> files, because <c>file://</c> does not open folders.
/// </summary>
public sealed class PageUrls(string baseUrl, bool offline)
{
    /// <summary>The page that lists every tag; each tag's own page is <see cref="OfTag"/>.</summary>
    public const string TagIndex = "/tags/";

    public bool Offline => offline;

    public static string OfTag(string tag) => $"{TagIndex}{tag}/";

    /// <summary>The output file of a pretty URL: <c>/guides/x/</c> is written to <c>guides/x/index.html</c>.</summary>
    public static string DestinationOf(string siteUrl) =>
        siteUrl.EndsWith('/') ? siteUrl.TrimStart('/') + "index.html" : siteUrl.TrimStart('/');

    public string Absolute(string siteUrl) => baseUrl + siteUrl.TrimStart('/');

    /// <summary>The path part of <c>base_url</c>: <c>/</c>, or <c>/repo/</c> for a project site.</summary>
    public string BasePath => new Uri(baseUrl).AbsolutePath;

    /// <summary>A link that works from any address on the host: <c>/repo/guides/x/</c>.</summary>
    public string FromBasePath(string siteUrl) => BasePath + siteUrl.TrimStart('/');

    /// <summary>The folder of the site's root, relative to a page: <c>../../</c> from <c>guides/x/index.html</c>.</summary>
    public static string RootFolder(string fromDestination)
    {
        var depth = fromDestination.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A link from the page written at <paramref name="fromDestination"/> to a site-rooted URL.</summary>
    public string Relative(string fromDestination, string siteUrl)
    {
        var (path, fragment) = SplitFragment(siteUrl);
        if (offline && path.EndsWith('/'))
        {
            path += "index.html";
        }

        var from = fromDestination.Split('/')[..^1];
        var to = path.TrimStart('/').Split('/');
        var shared = 0;
        while (shared < from.Length && shared < to.Length - 1 && from[shared] == to[shared])
        {
            shared++;
        }

        var relative = string.Concat(Enumerable.Repeat("../", from.Length - shared)) + string.Join('/', to[shared..]);
        return (relative.Length == 0 ? "./" : relative) + fragment;
    }

    private static (string Path, string Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (url, "") : (url[..hash], url[hash..]);
    }
}
