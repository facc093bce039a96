using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.SiteFiles;

/// <summary>Creates <c>404.html</c>, the page a host such as GitHub Pages sends for an address it does not have.</summary>
public sealed class CreateNotFoundPage : DocumentModule
{
    public const string Url = "/404.html";

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context) =>
    [
        .. inputs,
        PageDocument.Create(new Page(PageKind.NotFound, "Page not found", "There is no page at this address.", Url, "not-found")
        {
            ServedAnywhere = true,
        }),
    ];
}
