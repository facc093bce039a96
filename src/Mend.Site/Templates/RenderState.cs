using Mend.Site.Core;

namespace Mend.Site.Templates;

/// <summary>
/// The page being rendered and what links from it need: URLs, and the site (its fingerprinted assets, its pages by id). A page the server
/// may send for any address (<see cref="FromBasePath"/>, the 404 page) links from the base path instead of relatively.
/// </summary>
public sealed record RenderState(
    string Destination,
    PageUrls Urls,
    SiteView Site,
    TemplateLibrary Library,
    bool FromBasePath = false)
{
    /// <summary>The link from this page to a site-rooted URL.</summary>
    public string Link(string siteUrl) => FromBasePath ? Urls.FromBasePath(siteUrl) : Urls.Relative(Destination, siteUrl);

    /// <summary>The site's root folder as seen from this page, for scripts that build links themselves.</summary>
    public string RootFolder => FromBasePath ? Urls.BasePath : PageUrls.RootFolder(Destination);
}
