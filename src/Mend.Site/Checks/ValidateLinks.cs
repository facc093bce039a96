using AngleSharp.Dom;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;
using Document = Mend.Pipeline.Document;

namespace Mend.Site.Checks;

/// <summary>
/// Parses every finished page once and checks that each internal link and <c>#anchor</c> resolves to a file
/// being written, and that no script, style, image or font comes from another origin. Runs in the Output
/// phase, where every pipeline's finished pages are visible, before anything is swapped into place. Only each
/// page's links and ids are kept from its parse, so memory does not grow with the size of the pages.
/// </summary>
public sealed class ValidateLinks(string basePath = "/") : DocumentModule
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    private static readonly (string Selector, string Attribute, bool IsResource)[] LinkAttributes =
    [
        ("a[href]", "href", false),
        ("link[href][rel~=stylesheet], link[href][rel~=icon], link[href][rel~=preload], link[href][rel~=manifest]", "href", true),
        ("script[src]", "src", true),
        ("img[src]", "src", true),
        ("source[src]", "src", true),
        ("iframe[src]", "src", true),
        ("form[action]", "action", false),
    ];

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var written = context.VisibleOutputs().Where(d => d.Destination is not null).ToList();
        var destinations = written.Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
        // Two documents for one file are CheckUniqueDestinations' error; check the file once.
        var pages = written
            .Where(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal))
            .DistinctBy(d => d.Destination, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(d => (Document: d, Links: Extract(d.Content, out var ids), Ids: ids))
            .ToList();
        var idsByPage = pages.ToDictionary(p => p.Document.Destination!, p => p.Ids, StringComparer.Ordinal);

        foreach (var (document, links, _) in pages)
        {
            foreach (var (href, isResource) in links)
            {
                Check(document, href, isResource, destinations, idsByPage, context);
            }
        }
        return inputs;
    }

    private static List<(string Href, bool IsResource)> Extract(string html, out HashSet<string> ids)
    {
        using var page = HtmlFragments.ParseDocument(html);
        ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        return [.. LinkAttributes.SelectMany(link => page.QuerySelectorAll(link.Selector)
            .Select(element => (element.GetAttribute(link.Attribute)!, link.IsResource)))];
    }

    private void Check(
        Document page,
        string href,
        bool isResource,
        HashSet<string> destinations,
        Dictionary<string, HashSet<string>> ids,
        IExecutionContext context)
    {
        var pageUri = new Uri(SiteRoot, page.Destination);
        if (IsFromHostRoot(href))
        {
            if (!href.StartsWith(basePath, StringComparison.Ordinal))
            {
                Report(page, $"link '{href}' starts at the host root, outside the site's base path '{basePath}'; link relatively or with xref: instead", ErrorCodes.BrokenLink, context);
                return;
            }
            href = "/" + href[basePath.Length..];
        }
        if (!Uri.TryCreate(pageUri, href, out var target))
        {
            Report(page, $"link '{href}' is not a valid URL", ErrorCodes.BrokenLink, context);
            return;
        }
        if (target.Scheme != SiteRoot.Scheme || target.Host != SiteRoot.Host)
        {
            if (isResource && target.Scheme is "http" or "https" or "ftp")
            {
                Report(page, $"'{href}' loads a resource from another origin; pages may load only the site's own files",
                    ErrorCodes.ThirdPartyResource, context);
            }
            return;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        if (!destinations.Contains(path))
        {
            Report(page, $"link '{href}' points at '{path}', which is not part of the site", ErrorCodes.BrokenLink, context);
            return;
        }

        var anchor = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (anchor.Length > 0 && ids.TryGetValue(path, out var anchors) && !anchors.Contains(anchor))
        {
            Report(page, $"link '{href}' points at '#{anchor}', which '{path}' does not have", ErrorCodes.BrokenAnchor, context);
        }
    }

    // "/repo/x/" rather than "../x/" or "//host/x/": only 404.html links this way, from the base path.
    private static bool IsFromHostRoot(string href) => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal);

    private static void Report(Document page, string message, string code, IExecutionContext context) =>
        context.Report(Diagnostic.Error(code, $"{message} (in {page.Destination})",
            page.Source.Length > 0 ? page.Source : page.Destination));
}
