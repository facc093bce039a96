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
    public Func<Document, Action<IElement>?> Prepare(IReadOnlyList<Document> documents, IExecutionContext context)
    {
        var resolver = new MarkedLinkResolver(urls, XrefsPipeline.Registry(context));
        return document => MarkedLinkResolver.HasMarkedLinks(document.Content)
            ? container => resolver.Resolve(
                container, document.Get<Page>().Destination, document.Source,
                (line, column) => new SourceLocation(document.Source, line, column), context.Report)
            : null;
    }
}
