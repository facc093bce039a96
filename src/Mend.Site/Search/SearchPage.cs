using Mend.Site.Core;

namespace Mend.Site.Search;

/// <summary>The search page at <c>/search/</c>; the theme's scripts do the searching, in the browser.</summary>
public static class SearchPage
{
    public static readonly Page Page = new(PageKind.Search, "Search",
        "Search the guides, the examples and what gets in the way of repair.", "/search/", "search");
}
