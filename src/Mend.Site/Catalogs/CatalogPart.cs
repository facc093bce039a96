namespace Mend.Site.Catalogs;

/// <summary>What a catalog page was read from: the part of a catalog it shows. Its model is built from it once links resolve.</summary>
public abstract record CatalogPart;

public sealed record RuptureCatalogPart(RuptureCatalog Catalog) : CatalogPart;

/// <summary>One severity of a rupture catalog, listed on its own page.</summary>
public sealed record SeverityPart(RuptureCatalog Catalog, SeverityLevel Severity) : CatalogPart;

/// <summary>A rupture catalog's entries for one kind of relationship.</summary>
public sealed record RelationshipPart(RuptureCatalog Catalog, string Relationship) : CatalogPart;

/// <summary>A rupture catalog's entries for one situation (what happened).</summary>
public sealed record SituationPart(RuptureCatalog Catalog, Situation Situation) : CatalogPart;

/// <summary>An entry's page; <see cref="Related"/> is its catalog's one index of related entries.</summary>
public sealed record RupturePart(RuptureCatalog Catalog, RuptureEntry Entry, RelatedEntries Related) : CatalogPart;

public sealed record ChallengeCatalogPart(ChallengeCatalog Catalog) : CatalogPart;

public sealed record ChallengePart(ChallengeCatalog Catalog, Challenge Entry) : CatalogPart;
