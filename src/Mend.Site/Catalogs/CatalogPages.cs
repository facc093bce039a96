namespace Mend.Site.Catalogs;

/// <summary>The site-rooted URLs of a catalog's pages.</summary>
public static class CatalogPages
{
    public static string Catalog(string catalogId) => $"/{catalogId}/";

    public static string Entry(string catalogId, string entryId) => $"/{catalogId}/{entryId}/";

    public static string Severity(string catalogId, string severityId) => $"/{catalogId}/{severityId}/";

    public static string Relationship(string catalogId, string relationship) => $"/{catalogId}/relationship/{relationship}/";

    public static string Situation(string catalogId, string situationId) => $"/{catalogId}/situation/{situationId}/";
}
