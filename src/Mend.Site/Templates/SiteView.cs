using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Strings;

namespace Mend.Site.Templates;

/// <summary>
/// What every layout sees of the whole site, gathered once per pipeline and phase: the guides in reading order, the
/// sections the main navigation lists, the self-assessments, the site-rooted URL of each asset by its name, each
/// page with an id, for <c>page_by_id</c>, and each author file by its path under the input folder.
/// </summary>
public sealed record SiteView(
    IReadOnlyList<PageLink> Guides,
    IReadOnlyList<PageLink> Sections,
    IReadOnlyList<PageLink> Assessments,
    IReadOnlyDictionary<string, string> Assets,
    IReadOnlyDictionary<string, PageLink> PagesById,
    IReadOnlyDictionary<string, AuthorFile> Files)
{
    private readonly Lazy<string> _fingerprint = new(() => Core.Fingerprint.Of(
    [
        .. Guides.Select(link => $"guide {Describe(link)}"),
        .. Sections.Select(link => $"section {Describe(link)}"),
        .. Assessments.Select(link => $"assessment {Describe(link)}"),
        .. Assets.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"asset {pair.Key} {pair.Value}"),
        .. PagesById.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"page {pair.Key} {Describe(pair.Value)}"),
        .. Files.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => $"file {pair.Key} {pair.Value.Url} {pair.Value.Size?.Width}x{pair.Value.Size?.Height}"),
    ]));

    /// <summary>A digest of everything in the view: equal for two views that every layout reads alike.</summary>
    public string Fingerprint => _fingerprint.Value;

    private static string Describe(PageLink link) => $"{link.Url} {link.Title} {link.Summary} {link.Door}";

    public static SiteView Of(IReadOnlyList<Document> visible, InterfaceStrings strings)
    {
        var pages = visible.Where(d => d.Has<Page>()).Select(d => d.Get<Page>()).ToList();
        return new SiteView(
            [.. pages.Where(p => p.Kind == PageKind.Guide).Select(p => p.Link)],
            // One link per section, under its label, with the description of its first page.
            [.. pages.Where(p => p.Section is not null)
                .OrderBy(p => p.Destination, StringComparer.Ordinal)
                .DistinctBy(p => p.Section)
                .Select(p => new PageLink(strings.KindLabel(p.Section!, plural: true), p.Description, p.Url))],
            [.. pages.Where(p => p.Kind == PageKind.Assessment).OrderBy(p => p.Destination, StringComparer.Ordinal).Select(p => p.Link)],
            visible.Where(d => d.TryGet<Asset>(out var asset) && !asset.Internal)
                .ToDictionary(d => d.Get<Asset>().Name, d => "/" + d.Destination, StringComparer.Ordinal),
            // A repeated id is already an error; the first page keeps it.
            pages.Where(p => p.Id is not null).DistinctBy(p => p.Id).ToDictionary(p => p.Id!, p => p.Link, StringComparer.Ordinal),
            visible.Where(d => d.Has<AuthorFile>()).Select(d => d.Get<AuthorFile>())
                .DistinctBy(file => file.InputPath, StringComparer.Ordinal)
                .ToDictionary(file => file.InputPath, StringComparer.Ordinal));
    }
}
