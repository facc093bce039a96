using AngleSharp.Dom;

namespace Mend.Site.Tests.Sites;

/// <summary>Reads the navigation of built pages (breadcrumbs, previous and next, link lists) with AngleSharp.</summary>
public static class Navigation
{
    /// <summary>The links matching <paramref name="selector"/>, as (href, trimmed text).</summary>
    public static List<(string Href, string Text)> Links(IParentNode node, string selector) =>
        [.. node.QuerySelectorAll(selector).Select(a => (a.GetAttribute("href") ?? "", a.TextContent.Trim()))];

    public static List<(string Href, string Text)> Links(string html, string selector) => Links(PageHtml.Parse(html), selector);

    /// <summary>The breadcrumb trail: each item's link (null for the current page), its text, and whether it is marked current.</summary>
    public static List<(string? Href, string Text, bool Current)> Breadcrumbs(string html)
    {
        var navs = PageHtml.Parse(html).QuerySelectorAll("nav.breadcrumb");
        Assert.Single(navs);
        return [.. navs[0].QuerySelectorAll("ol > li").Select(li =>
        {
            var link = li.QuerySelector("a");
            var current = li.QuerySelector("[aria-current=page]");
            return (link?.GetAttribute("href"), li.TextContent.Trim(), current is not null);
        })];
    }

    /// <summary>The pager's previous and next links as (href, page title), null where there is none.</summary>
    public static ((string Href, string Title)? Previous, (string Href, string Title)? Next) Pager(string html)
    {
        var document = PageHtml.Parse(html);
        return (Read(document, "prev"), Read(document, "next"));

        static (string Href, string Title)? Read(IDocument document, string rel)
        {
            var links = document.QuerySelectorAll($"a[rel={rel}]");
            Assert.True(links.Length <= 1, $"{links.Length} links with rel={rel}");
            if (links.Length == 0)
            {
                return null;
            }
            var title = string.Concat(links[0].ChildNodes.Where(n => n is not IElement { ClassName: "pager-label" }).Select(n => n.TextContent));
            return (links[0].GetAttribute("href") ?? "", title.Trim());
        }
    }

    /// <summary>Whether a relative link written in the page at <paramref name="fromDestination"/> names a file the build wrote.</summary>
    public static bool Resolves(TestSite site, string fromDestination, string href)
    {
        var target = new Uri(new Uri("https://site.invalid/" + fromDestination), href);
        if (target.Host != "site.invalid")
        {
            return false;
        }
        var path = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        return File.Exists(Path.Join(site.Output, path));
    }
}
