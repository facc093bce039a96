using System.Xml.Linq;

namespace Mend.Site.Tests.SiteFiles;

/// <summary>Reads the built sitemap.xml and feed.xml back with System.Xml.Linq.</summary>
internal static class SiteFileXml
{
    public static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>A site.yml whose base_url is <paramref name="baseUrl"/>.</summary>
    public static string SiteYml(string baseUrl, string title = "Test site", string description = "A site written by a test.") =>
        $"title: {title}\ndescription: {description}\nbase_url: {baseUrl}\n";

    public static XDocument Load(TestSite site, string file) => XDocument.Load(Path.Join(site.Output, file));

    /// <summary>Each <c>url</c> of a sitemap as its <c>loc</c> and its <c>lastmod</c> (null when absent).</summary>
    public static List<(string Loc, string? LastMod)> SitemapUrls(XDocument sitemap) =>
        [.. sitemap.Root!.Elements(Sitemaps + "url").Select(url =>
            (url.Element(Sitemaps + "loc")!.Value, url.Element(Sitemaps + "lastmod")?.Value))];

    public static List<XElement> Entries(XDocument feed) => [.. feed.Root!.Elements(Atom + "entry")];

    public static string Child(XElement element, string name) => element.Element(Atom + name)!.Value;

    /// <summary>The href of the element's <c>link</c> with this <c>rel</c>.</summary>
    public static string Link(XElement element, string rel) =>
        element.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href")!.Value;
}
