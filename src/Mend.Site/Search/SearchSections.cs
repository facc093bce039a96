using System.Collections.Immutable;

namespace Mend.Site.Search;

/// <summary>
/// What search finds on a page that is split into sections (a guide): each section's anchor, heading and text, read
/// (by <see cref="SectionSplitter"/>) from the same finished HTML the page shows.
/// </summary>
public sealed record SearchSections(ImmutableArray<SearchSection> Sections);

/// <summary>A part of a page that search finds on its own: <see cref="Anchor"/> is empty for the introduction.</summary>
public sealed record SearchSection(string Anchor, string Heading, string Text);
