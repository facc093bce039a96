using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site.Catalogs;

/// <summary>
/// The model of the <c>ruptures</c> layout: the entries by severity, and links that filter by relationship and by
/// situation, each link's summary the number of entries it leads to.
/// </summary>
public sealed record RuptureCatalogModel(
    RuptureCatalog Catalog, IReadOnlyList<SeverityGroup> Groups, IReadOnlyList<PageLink> Relationships, IReadOnlyList<PageLink> Situations);

/// <summary>A severity with its page and the entries listed under it.</summary>
public sealed record SeverityGroup(SeverityLevel Severity, string Url, IReadOnlyList<PageLink> Entries);

/// <summary>The model of the <c>severity</c> layout.</summary>
public sealed record SeverityModel(RuptureCatalog Catalog, SeverityLevel Severity, IReadOnlyList<PageLink> Entries);

/// <summary>The model of the <c>relationship</c> layout: the entries for one kind of relationship, by severity.</summary>
public sealed record RelationshipModel(RuptureCatalog Catalog, IReadOnlyList<SeverityGroup> Groups);

/// <summary>The model of the <c>situation</c> layout: the entries that name one situation, by severity.</summary>
public sealed record SituationModel(RuptureCatalog Catalog, Situation Situation, IReadOnlyList<SeverityGroup> Groups);

/// <summary>An entry's part for the one who was hurt, with its Markdown rendered.</summary>
public sealed record IfHurtModel(TrustedHtml Feel, IReadOnlyList<string> Ask, string Say);

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
    IReadOnlyList<PageLink> Related)
{
    /// <summary>The situations the entry names, linked to their pages.</summary>
    public IReadOnlyList<PageLink> Situations { get; init; } = [];

    /// <summary>The part for the one who was hurt; null when the entry has none.</summary>
    public IfHurtModel? IfHurt { get; init; }

    /// <summary>The entry's safety note, rendered; null when it has none.</summary>
    public TrustedHtml? SafetyNote { get; init; }
}
