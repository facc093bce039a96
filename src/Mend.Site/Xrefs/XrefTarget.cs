using System.Collections.Immutable;

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
    SourceLocation Location);
