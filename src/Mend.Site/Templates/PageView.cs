using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Templates;

/// <summary>What every layout sees as <c>page</c>: the page's own facts, with its tags as links to their pages.</summary>
public sealed record PageView(
    string Title,
    string Description,
    string Url,
    ImmutableArray<Heading> Headings,
    bool QuickExit,
    ImmutableArray<PageLink> Breadcrumbs,
    PageLink? Previous,
    PageLink? Next,
    IReadOnlyList<PageLink> Tags)
{
    public static PageView Of(Page page) => new(
        page.Title,
        page.Description,
        page.Url,
        page.Headings,
        page.QuickExit,
        page.Breadcrumbs,
        page.Previous,
        page.Next,
        [.. page.Tags.Select(tag => new PageLink(tag, "", PageUrls.OfTag(tag)))]);
}
