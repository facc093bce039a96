using Mend.Pipeline;

namespace Mend.Site.Modules;

/// <summary>Creates the search page at <c>/search/</c>; the theme's script does the searching, in the browser.</summary>
public sealed class CreateSearchPage : IModule
{
    public const string Url = "/search/";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var page = new Document { Destination = PageUrls.DestinationOf(Url) }
            .WithMetadata(Keys.Title, "Search")
            .WithMetadata(Keys.Description, "Search the guides, the examples and what gets in the way of repair.")
            .WithMetadata(Keys.Layout, "search");
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, page]);
    }
}
