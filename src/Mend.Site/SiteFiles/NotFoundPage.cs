using Mend.Site.Core;
using Mend.Site.Strings;

namespace Mend.Site.SiteFiles;

/// <summary><c>404.html</c>, the page a host such as GitHub Pages sends for an address it does not have.</summary>
public static class NotFoundPage
{
    public static Page Of(InterfaceStrings strings) =>
        new(PageKind.NotFound, strings.Text("not_found_title"), strings.Text("not_found_description"), "/404.html", "not-found")
    {
        ServedAnywhere = true,
    };
}
