using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Xrefs;

/// <summary>
/// Something an <c>xref:</c> can point at: its id, title, site-rooted URL (<c>/guides/x/</c>), the anchors
/// on its page with their text, and where its id was declared.
/// </summary>
public sealed record XrefTarget(
    string Id,
    string Title,
    string Url,
    ImmutableDictionary<string, string> Anchors,
    SourceLocation Location)
{
    /// <summary>The target a page with an id declares; its anchors are its headings.</summary>
    public static XrefTarget Of(Page page) => new(
        page.Id!,
        page.Title,
        page.Url,
        page.Headings.DistinctBy(h => h.Id, StringComparer.Ordinal).ToImmutableDictionary(h => h.Id, h => h.Text, StringComparer.Ordinal),
        page.Location ?? new SourceLocation("", 0, 0));
}
