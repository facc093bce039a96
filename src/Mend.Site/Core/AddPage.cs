using Mend.Pipeline;

namespace Mend.Site.Core;

/// <summary>Adds one page that no source file describes (the search page, 404.html) to the documents.</summary>
public sealed class AddPage(Page page) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        [.. inputs, PageDocument.Create(page)];
}
