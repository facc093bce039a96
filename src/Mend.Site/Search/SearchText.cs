using System.Collections.Immutable;

namespace Mend.Site.Search;

/// <summary>
/// What search finds on a page that is not split into sections (a catalog entry): its text, from the same
/// resolved content the page shows, and the facets it can be filtered by.
/// </summary>
public sealed record SearchText(string Body, Facet? Severity, ImmutableArray<Facet> Relationships);

/// <summary>A value a result can be filtered by, with the label readers see; facets are listed by <see cref="Rank"/>.</summary>
public sealed record Facet(string Id, string Label, int Rank);
