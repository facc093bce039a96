using Mend.Site.Core;
using Mend.Site.Strings;

namespace Mend.Site.Search;

/// <summary>The search page at <c>/search/</c>; the theme's scripts do the searching, in the browser.</summary>
public static class SearchPage
{
    public static Page Of(InterfaceStrings strings) => new(PageKind.Search, strings.Text("search_title"),
        strings.Text("search_description"), "/search/", "search");
}
