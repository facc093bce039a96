using AngleSharp.Dom;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;
using Document = Mend.Pipeline.Document;

namespace Mend.Site.Xrefs;

/// <summary>
/// Resolves the <c>xref:</c> and <c>.md</c> links of each page's rendered Markdown (see <see cref="MarkedLinkResolver"/>);
/// a page without any is left alone.
/// </summary>
public sealed class ResolveXrefs(PageUrls urls) : IHtmlEdit
{
    public PreparedEdit Prepare(IReadOnlyList<Document> documents, IExecutionContext context)
    {
        var registry = XrefsPipeline.Registry(context);
        var resolver = new MarkedLinkResolver(urls, registry);
        return new PreparedEdit(registry.Fingerprint, document => MarkedLinkResolver.HasMarkedLinks(document.Content)
            ? (container, report) => resolver.Resolve(
                container, document.Get<Page>().Destination, document.Source,
                (line, column) => new SourceLocation(document.Source, line, column), report)
            : null);
    }
}
