using Mend.Pipeline;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>Resolves the <c>xref:</c> and <c>.md</c> links of each page's rendered Markdown (see <see cref="MarkedLinkResolver"/>).</summary>
public sealed class ResolveXrefs(PageUrls urls, string registryPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var resolver = new MarkedLinkResolver(urls, context.OutputsOf(registryPipeline).Single().Get(Keys.Registry));
        var outputs = inputs.Select(document => document.WithContent(resolver.Resolve(
            document.Content, document.Destination!, document.Source,
            (line, column) => new SourceLocation(document.Source, line, column), context.Report))).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }
}
