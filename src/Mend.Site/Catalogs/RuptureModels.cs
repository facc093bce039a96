using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site.Catalogs;

/// <summary>The model of the <c>ruptures</c> layout: the entries by severity, and links that filter by relationship.</summary>
public sealed record RuptureCatalogModel(RuptureCatalog Catalog, IReadOnlyList<SeverityGroup> Groups, IReadOnlyList<PageLink> Relationships);

/// <summary>A severity with its page and the entries listed under it.</summary>
public sealed record SeverityGroup(SeverityLevel Severity, string Url, IReadOnlyList<PageLink> Entries);

/// <summary>The model of the <c>severity</c> layout.</summary>
public sealed record SeverityModel(RuptureCatalog Catalog, SeverityLevel Severity, IReadOnlyList<PageLink> Entries);

/// <summary>The model of the <c>relationship</c> layout: the entries for one kind of relationship, by severity.</summary>
public sealed record RelationshipModel(RuptureCatalog Catalog, IReadOnlyList<SeverityGroup> Groups);

/// <summary>
/// The model of the <c>rupture</c> layout: the entry with its Markdown rendered and its links resolved.
/// <see cref="Actions"/> is the entry's <c>repair.do</c> (<c>do</c> is a Scriban keyword).
/// </summary>
public sealed record RuptureModel(
    string CatalogTitle,
    string CatalogUrl,
    RuptureEntry Entry,
    PageLink Severity,
    IReadOnlyList<PageLink> Relationships,
    TrustedHtml Scenario,
    TrustedHtml Impact,
    IReadOnlyList<string> Actions,
    IReadOnlyList<PageLink> Steps,
    IReadOnlyList<PageLink> Related);
