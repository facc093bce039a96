using Mend.Pipeline;

namespace Mend.Site.Catalogs;

/// <summary>How many of a rupture catalog's entries have a part for the one who was hurt, for the content check.</summary>
public sealed record RuptureCoverage(string CatalogId, int Entries, int WithIfHurt)
{
    /// <summary>One per rupture catalog among the built pages, by catalog id.</summary>
    public static IReadOnlyList<RuptureCoverage> Of(IEnumerable<Document> pages) =>
        [.. pages
            .Select(page => page.TryGet<CatalogPart>(out var part) ? part : null)
            .OfType<RuptureCatalogPart>()
            .Select(part => part.Catalog)
            .Select(catalog => new RuptureCoverage(catalog.Id, catalog.Entries.Length, catalog.Entries.Count(e => e.IfHurt is not null)))
            .OrderBy(coverage => coverage.CatalogId, StringComparer.Ordinal)];

    /// <summary>The line <c>mend check</c> prints, such as "ruptures: 43 entries, 40 with a part for the one hurt".</summary>
    public override string ToString() =>
        $"{CatalogId}: {Entries} {(Entries == 1 ? "entry" : "entries")}, {WithIfHurt} with a part for the one hurt";
}
