using Mend.Site.Core;

namespace Mend.Site.SiteFiles;

/// <summary><c>404.html</c>, the page a host such as GitHub Pages sends for an address it does not have.</summary>
public static class NotFoundPage
{
    public static readonly Page Page = new(PageKind.NotFound, "Page not found", "There is no page at this address.", "/404.html", "not-found")
    {
        ServedAnywhere = true,
    };
}
