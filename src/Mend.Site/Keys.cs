using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Content;
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
    public static readonly Key<object> CatalogContent = new("catalog-content");

    /// <summary>Marks a page that the main navigation lists, under this title.</summary>
    public static readonly Key<string> Section = new("section");
}
