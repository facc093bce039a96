using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Search;

/// <summary>
/// One thing search can find: a section of a guide or a catalog entry. <see cref="Url"/> is site-rooted,
/// with the section's anchor; <see cref="Kind"/>, <see cref="Severity"/> and <see cref="Relationships"/> are facets.
/// <see cref="Quote"/>: a catalog entry's first line to say, which a result shows under its title.
/// </summary>
public sealed record SearchRecord(
    string Url,
    string Title,
    string Heading,
    string Body,
    ImmutableArray<string> Tags,
    string Kind,
    string Severity,
    ImmutableArray<string> Relationships)
{
    public string Quote { get; init; } = "";
}
