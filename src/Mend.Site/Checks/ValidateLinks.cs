using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;
using Document = Mend.Pipeline.Document;

namespace Mend.Site.Checks;

/// <summary>
/// Reads every finished page once (<see cref="PageLinks"/>) and checks that each internal link and <c>#anchor</c>
/// resolves to a file being written, and that no script, style, image or font comes from another origin. Runs in the
/// Output phase, where every pipeline's finished pages are visible, before anything is swapped into place. Only each
/// page's links and ids are kept, so memory does not grow with the size of the pages. A problem with a link the
/// page's text wrote is reported where it was written (<see cref="WhereWritten"/>); one the theme wrote, at the page.
/// </summary>
public sealed class ValidateLinks(string basePath = "/") : DocumentModule
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var written = context.VisibleOutputs().Where(d => d.Destination is not null).ToList();
        var destinations = written.Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
        // Two documents for one file are CheckUniqueDestinations' error; check the file once.
        var pages = InParallel.Map(
            [.. written.Where(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)).DistinctBy(d => d.Destination, StringComparer.Ordinal)],
            d => (Document: d, Found: LinksOf(d, context.Cache)));
        var idsByPage = pages.ToDictionary(p => p.Document.Destination!, p => p.Found.Ids, StringComparer.Ordinal);

        // Pages are checked in parallel, and their errors reported in page order, so the report does not vary.
        var problems = InParallel.Map(pages, page =>
        {
            var found = new List<Diagnostic>();
            var pageUri = new Uri(SiteRoot, page.Document.Destination);
            var written = new WhereWritten(page.Document);
            foreach (var (href, isResource) in page.Found.Links)
            {
                Check(page.Document, pageUri, href, isResource, destinations, idsByPage, problem => found.Add(Report(page.Document, written.Next(href), problem)));
            }
            return found;
        });
        foreach (var problem in problems.SelectMany(found => found))
        {
            context.Report(problem);
        }
        return inputs;
    }

    /// <summary>A page's links and ids; a rebuild reads again only the pages that are not the very ones it read last time.</summary>
    private static PageLinks LinksOf(Document page, ModuleCache? cache)
    {
        if (cache is not null && cache.TryGet<PageLinks>(page, out var found))
        {
            return found;
        }
        found = PageLinks.Of(page.Content);
        cache?.Set(page, found);
        return found;
    }

    private void Check(
        Document page,
        Uri pageUri,
        string href,
        bool isResource,
        HashSet<string> destinations,
        Dictionary<string, IReadOnlySet<string>> ids,
        Action<(string Code, string Message)> report)
    {
        if (IsFromHostRoot(href))
        {
            if (!href.StartsWith(basePath, StringComparison.Ordinal))
            {
                report((ErrorCodes.BrokenLink, $"link '{href}' starts at the host root, outside the site's base path '{basePath}'; link relatively or with xref: instead"));
                return;
            }
            href = "/" + href[basePath.Length..];
        }
        if (!Uri.TryCreate(pageUri, href, out var target))
        {
            report((ErrorCodes.BrokenLink, $"link '{href}' is not a valid URL"));
            return;
        }
        if (target.Scheme != SiteRoot.Scheme || target.Host != SiteRoot.Host)
        {
            if (isResource && target.Scheme is "http" or "https" or "ftp")
            {
                report((ErrorCodes.ThirdPartyResource, $"'{href}' loads a resource from another origin; pages may load only the site's own files"));
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
            report((ErrorCodes.BrokenLink, $"link '{href}' points at '{path}', which is not part of the site"));
            return;
        }

        var anchor = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (anchor.Length > 0 && ids.TryGetValue(path, out var anchors) && !anchors.Contains(anchor))
        {
            report((ErrorCodes.BrokenAnchor, $"link '{href}' points at '#{anchor}', which '{path}' does not have"));
        }
    }

    // "/repo/x/" rather than "../x/" or "//host/x/": only 404.html links this way, from the base path.
    private static bool IsFromHostRoot(string href) => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal);

    private static Diagnostic Report(Document page, SourceLocation? writtenAt, (string Code, string Message) problem)
    {
        var message = $"{problem.Message} (in {page.Destination})";
        return writtenAt?.Error(problem.Code, message)
            ?? Diagnostic.Error(problem.Code, message, page.Source.Length > 0 ? page.Source : page.Destination);
    }
}
