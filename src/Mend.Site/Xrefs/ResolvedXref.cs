namespace Mend.Site.Xrefs;

/// <summary>
/// Where a reference (<c>ID</c> or <c>ID#anchor</c>) leads: the site-rooted URL, and the title to show for it
/// (the heading's text when it names an anchor, else the target's title).
/// </summary>
public sealed record ResolvedXref(XrefTarget Target, string? Anchor, string Url, string Title);
