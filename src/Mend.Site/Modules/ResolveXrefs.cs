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

        var (owner, nodes) = HtmlFragments.Parse(document.Content);
        foreach (var link in nodes.SelectMany(Links))
        {
            var location = LocationOf(document, link);
            link.RemoveAttribute(LinkMarkerExtension.Attribute);
            var href = link.GetAttribute("href") ?? "";
            var resolved = LinkMarkerExtension.IsXref(href)
                ? ResolveXref(href["xref:".Length..], registry, location, context)
                : ResolveFile(href, document.Source, registry, location, context);
            if (resolved is null)
            {
                continue;
            }

            link.SetAttribute("href", urls.Relative(document.Destination!, resolved.Value.Url));
            if (string.IsNullOrWhiteSpace(link.TextContent) && link.Children.Length == 0)
            {
                link.TextContent = resolved.Value.Title;
            }
        }
        return document.WithContent(HtmlFragments.Serialize(nodes));

        IEnumerable<IElement> Links(INode node) => node is IElement element
            ? (element.HasAttribute(LinkMarkerExtension.Attribute) ? [element] : Enumerable.Empty<IElement>())
                .Concat(element.QuerySelectorAll($"a[{LinkMarkerExtension.Attribute}]"))
            : [];
    }

    private static (string Url, string Title)? ResolveXref(
        string reference, XrefRegistry registry, SourceLocation location, IExecutionContext context)
    {
        var parts = reference.Split('#', 2);
        if (!registry.TryGet(parts[0], out var target))
        {
            context.Report(location.Error(ErrorCodes.UnknownXref, $"xref to unknown id '{parts[0]}'"));
            return null;
        }
        return WithAnchor(target, parts.Length > 1 ? parts[1] : null, $"xref:{reference}", location, context);
    }

    private static (string Url, string Title)? ResolveFile(
        string href, string source, XrefRegistry registry, SourceLocation location, IExecutionContext context)
    {
        var parts = href.Split('#', 2);
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source) ?? "", Uri.UnescapeDataString(parts[0])));
        if (!registry.TryGetBySource(path, out var target))
        {
            context.Report(location.Error(ErrorCodes.MissingLinkedFile, $"link to '{parts[0]}', which is not a page of this site"));
            return null;
        }
        return WithAnchor(target, parts.Length > 1 ? parts[1] : null, href, location, context);
    }

    private static (string Url, string Title)? WithAnchor(
        XrefTarget target, string? anchor, string written, SourceLocation location, IExecutionContext context)
    {
        if (anchor is null or "")
        {
            return (target.Url, target.Title);
        }
        if (!target.Anchors.TryGetValue(anchor, out var heading))
        {
            context.Report(location.Error(ErrorCodes.UnknownAnchor,
                $"'{written}': '{target.Id}' has no heading with the anchor '#{anchor}'"));
            return null;
        }
        return ($"{target.Url}#{anchor}", heading);
    }

    private static SourceLocation LocationOf(Document document, IElement link)
    {
        var at = link.GetAttribute(LinkMarkerExtension.Attribute)!.Split(':');
        return new SourceLocation(document.Source, int.Parse(at[0], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(at[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
