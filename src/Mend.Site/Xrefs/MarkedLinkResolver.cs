using System.Globalization;
using AngleSharp.Dom;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;
using Mend.Site.Markdown;
using Mend.Site.Markdown.LinkMarkers;

namespace Mend.Site.Xrefs;

/// <summary>
/// Turns the marked links of rendered Markdown (<c>xref:ID#anchor</c>, <c>../other.md</c>) into links relative
/// to the page, fills an empty link text with the target's title, and reports an unknown target at the link. Markdown
/// fields it renders take <paramref name="words"/> (step labels, callout titles) in the site's language.
/// </summary>
public sealed class MarkedLinkResolver(PageUrls urls, XrefRegistry registry, MarkdownWords? words = null)
{
    /// <summary>
    /// Renders a Markdown value of a YAML file (a catalog field, an assessment intro, the support note) for the page
    /// written at <paramref name="destination"/>, with the links it writes. Each problem (a link that does not
    /// resolve, what <see cref="MarkdownReader"/> reports) is reported where it is written in <paramref name="file"/>,
    /// the YAML file's text (at the value's start without it). Markdown that cannot be published renders as nothing.
    /// </summary>
    public RenderedField RenderField(Located<string> field, YamlText? file, string destination, Action<Diagnostic> report)
    {
        var locate = YamlValuePositions.Of(field, file);
        if (MarkdownReader.Read(field.Value, locate, report) is not var (markdown, links))
        {
            return new RenderedField("", WrittenLinks.None);
        }
        if (words is not null)
        {
            markdown.SetData(MarkdownWords.DataKey, words);
        }
        return new RenderedField(Resolve(MendMarkdown.ToHtml(markdown), destination, field.Location.File, locate, report), links);
    }

    /// <summary>Resolves the marked links of <paramref name="html"/>; HTML without any is returned as it is, unparsed.</summary>
    /// <param name="html">Rendered Markdown.</param>
    /// <param name="destination">The output file of the page the HTML goes into.</param>
    /// <param name="source">The file the Markdown came from; relative <c>.md</c> links start there.</param>
    /// <param name="locate">Where the link written at a line and column of the Markdown is in the source file.</param>
    /// <param name="report">Receives an error for each link that does not resolve.</param>
    public string Resolve(
        string html, string destination, string source, Func<int, int, SourceLocation> locate, Action<Diagnostic> report) =>
        HasMarkedLinks(html)
            ? HtmlFragments.Edit(html, container => Resolve(container, destination, source, locate, report))
            : html;

    /// <summary>Whether <paramref name="html"/> has marked links; HTML without any need not be parsed.</summary>
    public static bool HasMarkedLinks(string html) => html.Contains(LinkMarkerExtension.Attribute, StringComparison.Ordinal);

    /// <summary>Resolves the marked links of parsed HTML, the nodes <paramref name="container"/> holds, in place.</summary>
    public void Resolve(
        IElement container, string destination, string source, Func<int, int, SourceLocation> locate, Action<Diagnostic> report)
    {
        foreach (var link in container.QuerySelectorAll($"[{LinkMarkerExtension.Attribute}]"))
        {
            var at = link.GetAttribute(LinkMarkerExtension.Attribute)!.Split(':');
            var location = locate(int.Parse(at[0], CultureInfo.InvariantCulture), int.Parse(at[1], CultureInfo.InvariantCulture));
            link.RemoveAttribute(LinkMarkerExtension.Attribute);
            if (link.LocalName == "img")
            {
                ResolveImage(link, destination, source, location, report);
                continue;
            }
            var href = link.GetAttribute("href") ?? "";
            if (!LinkMarkerExtension.IsXref(href) && !LinkMarkerExtension.IsMarkdownFileLink(href))
            {
                if (FindAuthorFile(href, "link to", source, location, report) is { } file)
                {
                    link.SetAttribute("href", urls.Relative(destination, file.Url + Fragment(href)));
                }
                continue;
            }
            var resolved = LinkMarkerExtension.IsXref(href)
                ? registry.Resolve(href["xref:".Length..], location, report, href)
                : ResolveFile(href, source, location, report);
            if (resolved is null)
            {
                continue;
            }

            link.SetAttribute("href", urls.Relative(destination, resolved.Url));
            if (string.IsNullOrWhiteSpace(link.TextContent) && link.Children.Length == 0)
            {
                link.TextContent = resolved.Title;
            }
        }
    }

    /// <summary>Points an image at its author file and writes its size (<see cref="ImageAttributes"/>).</summary>
    private void ResolveImage(IElement image, string destination, string source, SourceLocation location, Action<Diagnostic> report)
    {
        if (FindAuthorFile(image.GetAttribute("src") ?? "", "image", source, location, report) is { } file)
        {
            image.SetAttribute("src", urls.Relative(destination, file.Url));
            ImageAttributes.Write(image, file, location, report);
        }
    }

    /// <summary>The author file a relative address names from <paramref name="source"/>; a missing one is MEND203.</summary>
    private AuthorFile? FindAuthorFile(string href, string what, string source, SourceLocation location, Action<Diagnostic> report)
    {
        var written = href.Split('#', 2)[0];
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source) ?? "", Uri.UnescapeDataString(written)));
        if (registry.TryGetFile(path, out var file))
        {
            return file;
        }
        report(location.Error(ErrorCodes.MissingLinkedFile,
            $"{what} '{written}', which is not a file of this site; put the file beside the guides or under {AuthorFile.StaticFolder}/ in the input folder, and write its path from this file"));
        return null;
    }

    private static string Fragment(string href) => href.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? href[hash..] : "";

    private ResolvedXref? ResolveFile(string href, string source, SourceLocation location, Action<Diagnostic> report)
    {
        var parts = href.Split('#', 2);
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source) ?? "", Uri.UnescapeDataString(parts[0])));
        if (!registry.TryGetBySource(path, out var target))
        {
            report(location.Error(ErrorCodes.MissingLinkedFile, $"link to '{parts[0]}', which is not a page of this site"));
            return null;
        }
        return XrefRegistry.WithAnchor(target, parts.Length > 1 ? parts[1] : null, href, location, report);
    }
}
