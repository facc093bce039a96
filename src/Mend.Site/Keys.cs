using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Content;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site;

/// <summary>The typed metadata the site's modules put on documents.</summary>
public static class Keys
{
    public static readonly Key<Guide> Guide = new("guide");
    public static readonly Key<ImmutableArray<Heading>> Headings = new("headings");
    public static readonly Key<XrefTarget> Target = new("xref-target");
    public static readonly Key<XrefRegistry> Registry = new("xref-registry");
    public static readonly Key<string> Layout = new("layout");
    public static readonly Key<string> Title = new("title");
    public static readonly Key<string> Description = new("description");
    public static readonly Key<object> Model = new("model");
    public static readonly Key<string> AssetName = new("asset-name");
    /// <summary>What a page was read from: a catalog, one of its entries, an assessment.</summary>
    public static readonly Key<object> Parsed = new("parsed");

    /// <summary>What a page is, for tag pages and search: <c>guide</c>, <c>rupture</c> or <c>challenge</c>.</summary>
    public static readonly Key<string> Kind = new("kind");

    public static readonly Key<ImmutableArray<string>> Tags = new("tags");

    /// <summary>The xrefs (<c>ID#anchor</c>) of the guide steps a catalog entry names; each cited section links back.</summary>
    public static readonly Key<ImmutableArray<string>> Cites = new("cites");

    /// <summary>The pages above this one, outermost first; the home page is implied.</summary>
    public static readonly Key<ImmutableArray<PageLink>> Breadcrumbs = new("breadcrumbs");

    /// <summary>The sequence a page is read in (a guide series, a catalog); previous and next links follow it.</summary>
    public static readonly Key<string> Series = new("series");

    public static readonly Key<PageLink> Previous = new("previous");
    public static readonly Key<PageLink> Next = new("next");

    /// <summary>Marks a sensitive page (the safety guide, an assessment): it carries the quick-exit control.</summary>
    public static readonly Key<bool> QuickExit = new("quick-exit");

    /// <summary>The site's support note, rendered, on the safety guide.</summary>
    public static readonly Key<string> SupportNote = new("support-note");

    /// <summary>Marks a page a server may send for any address (404.html): its links start at the base path.</summary>
    public static readonly Key<bool> ServedAnywhere = new("served-anywhere");

    /// <summary>Marks a page that the main navigation lists, under this title.</summary>
    public static readonly Key<string> Section = new("section");
}
