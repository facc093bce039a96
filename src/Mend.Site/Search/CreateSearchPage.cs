using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Search;

/// <summary>Creates the search page at <c>/search/</c>; the theme's scripts do the searching, in the browser.</summary>
public sealed class CreateSearchPage : DocumentModule
{
    public const string Url = "/search/";

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context) =>
    [
        .. inputs,
        PageDocument.Create(new Page(PageKind.Search, "Search",
            "Search the guides, the examples and what gets in the way of repair.", Url, "search")),
    ];
}
