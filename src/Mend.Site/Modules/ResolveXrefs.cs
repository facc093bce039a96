using AngleSharp.Dom;
using Mend.Pipeline;
using Document = Mend.Pipeline.Document;
using Mend.Site.Html;
using Mend.Site.Markdown.LinkMarkers;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>
/// Turns the marked links of rendered Markdown (<c>xref:ID#anchor</c>, <c>../other.md</c>) into links relative
/// to the page, fills an empty link text with the target's title, and reports an unknown target at the link.
/// </summary>
public sealed class ResolveXrefs(PageUrls urls, string registryPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var registry = context.OutputsOf(registryPipeline).Single().Get(Keys.Registry);
        var outputs = inputs.Select(document => Resolve(document, registry, context)).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private Document Resolve(Document document, XrefRegistry registry, IExecutionContext context)
    {
        if (!document.Content.Contains(LinkMarkerExtension.Attribute, StringComparison.Ordinal))
        {
            return document;
        }

        var (_, nodes) = HtmlFragments.Parse(document.Content);
        foreach (var link in nodes.SelectMany(Links))
        {
            var location = LocationOf(document, link);
            link.RemoveAttribute(LinkMarkerExtension.Attribute);
            var href = link.GetAttribute("href") ?? "";
            var resolved = LinkMarkerExtension.IsXref(href)
                ? registry.Resolve(href["xref:".Length..], location, context.Report, href)
                : ResolveFile(href, document.Source, registry, location, context);
            if (resolved is null)
            {
                continue;
            }

            link.SetAttribute("href", urls.Relative(document.Destination!, resolved.Url));
            if (string.IsNullOrWhiteSpace(link.TextContent) && link.Children.Length == 0)
            {
                link.TextContent = resolved.Title;
            }
        }
        return document.WithContent(HtmlFragments.Serialize(nodes));

        IEnumerable<IElement> Links(INode node) => node is IElement element
            ? (element.HasAttribute(LinkMarkerExtension.Attribute) ? [element] : Enumerable.Empty<IElement>())
                .Concat(element.QuerySelectorAll($"a[{LinkMarkerExtension.Attribute}]"))
            : [];
    }

    private static ResolvedXref? ResolveFile(
        string href, string source, XrefRegistry registry, SourceLocation location, IExecutionContext context)
    {
        var parts = href.Split('#', 2);
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source) ?? "", Uri.UnescapeDataString(parts[0])));
        if (!registry.TryGetBySource(path, out var target))
        {
            context.Report(location.Error(ErrorCodes.MissingLinkedFile, $"link to '{parts[0]}', which is not a page of this site"));
            return null;
        }
        return XrefRegistry.WithAnchor(target, parts.Length > 1 ? parts[1] : null, href, location, context.Report);
    }

    private static SourceLocation LocationOf(Document document, IElement link)
    {
        var at = link.GetAttribute(LinkMarkerExtension.Attribute)!.Split(':');
        return new SourceLocation(document.Source, int.Parse(at[0], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(at[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
