namespace Mend.Site.Core;

/// <summary>
/// What a page is, with the words readers see for it: the single source of the main navigation's section labels,
/// the groups of a tag page and the kinds search can filter by.
/// </summary>
public sealed record PageKind(string Id, string Singular, string Plural)
{
    public static readonly PageKind Home = new("home", "Home", "Home");
    public static readonly PageKind Guide = new("guide", "Guide", "Guides");
    public static readonly PageKind Rupture = new("rupture", "Example", "Examples");
    public static readonly PageKind Challenge = new("challenge", "What gets in the way", "What gets in the way");
    public static readonly PageKind Catalog = new("catalog", "Catalog", "Catalogs");
    public static readonly PageKind Severity = new("severity", "Severity", "Severities");
    public static readonly PageKind Relationship = new("relationship", "Relationship", "Relationships");
    public static readonly PageKind Situation = new("situation", "What happened", "What happened");
    public static readonly PageKind Assessment = new("assessment", "Self-assessment", "Self-assessment");
    public static readonly PageKind ApologyCheck = new("apology-check", "Apology check", "Apology check");
    public static readonly PageKind Tag = new("tag", "Topic", "Topics");
    public static readonly PageKind Search = new("search", "Search", "Search");
    public static readonly PageKind NotFound = new("not-found", "Page not found", "Pages not found");

    /// <summary>The kinds of page that carry tags and that search finds, in the order readers see them.</summary>
    public static readonly IReadOnlyList<PageKind> Content = [Guide, Rupture, Challenge];
}
