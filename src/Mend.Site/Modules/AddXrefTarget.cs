using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>Declares each page as an xref target: its id, title, URL and heading anchors.</summary>
public sealed class AddXrefTarget(Func<Document, Located<string>> id) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var outputs = inputs.Select(document =>
        {
            var declared = id(document);
            var anchors = document.TryGet(Keys.Headings, out var headings)
                ? headings.DistinctBy(h => h.Id, StringComparer.Ordinal).ToImmutableDictionary(h => h.Id, h => h.Text, StringComparer.Ordinal)
                : ImmutableDictionary<string, string>.Empty;
            var url = PageUrls.UrlOf(document.Destination!);
            var target = new XrefTarget(declared.Value, document.Get(Keys.Title), url, anchors, declared.Location);
            return document.WithMetadata(Keys.Target, target);
        }).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }
}
