using Mend.Pipeline;

namespace Mend.Site.Modules;

/// <summary>Creates <c>404.html</c>, the page a host such as GitHub Pages sends for an address it does not have.</summary>
public sealed class CreateNotFoundPage : IModule
{
    public const string Destination = "404.html";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var page = new Document { Destination = Destination }
            .WithMetadata(Keys.Title, "Page not found")
            .WithMetadata(Keys.Description, "There is no page at this address.")
            .WithMetadata(Keys.Layout, "not-found")
            .WithMetadata(Keys.ServedAnywhere, true);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, page]);
    }
}
