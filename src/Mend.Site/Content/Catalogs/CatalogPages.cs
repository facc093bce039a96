namespace Mend.Site.Content.Catalogs;

/// <summary>The site-rooted URLs of a catalog's pages.</summary>
public static class CatalogPages
{
    public static string Catalog(string catalogId) => $"/{catalogId}/";

    public static string Entry(string catalogId, string entryId) => $"/{catalogId}/{entryId}/";

    public static string Severity(string catalogId, string severityId) => $"/{catalogId}/{severityId}/";

    public static string Relationship(string catalogId, string relationship) => $"/{catalogId}/relationship/{relationship}/";
}

/// <summary>The content of a rupture's page: the entry and the catalog it belongs to.</summary>
public sealed record RuptureOf(RuptureCatalog Catalog, RuptureEntry Entry);

/// <summary>The content of a challenge's page: the entry and the catalog it belongs to.</summary>
public sealed record ChallengeOf(ChallengeCatalog Catalog, Challenge Entry);

/// <summary>The content of a page listing one severity of a rupture catalog.</summary>
public sealed record SeverityOf(RuptureCatalog Catalog, SeverityLevel Severity);

/// <summary>The content of a page listing a rupture catalog's entries for one kind of relationship.</summary>
public sealed record RelationshipOf(RuptureCatalog Catalog, string Relationship);
