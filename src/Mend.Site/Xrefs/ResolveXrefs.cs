using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Xrefs;

/// <summary>Resolves the <c>xref:</c> and <c>.md</c> links of each page's rendered Markdown (see <see cref="MarkedLinkResolver"/>).</summary>
public sealed class ResolveXrefs(PageUrls urls) : DocumentModule
{
    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var resolver = new MarkedLinkResolver(urls, XrefsPipeline.Registry(context));
        yield return document.WithContent(resolver.Resolve(
            document.Content, document.Get<Page>().Destination, document.Source,
            (line, column) => new SourceLocation(document.Source, line, column), context.Report));
    }
}
