using System.Collections.Immutable;

namespace Mend.Site.Content;

/// <summary>A guide's front matter.</summary>
public sealed record Guide(
    string Id,
    string Title,
    string Summary,
    int? Order,
    ImmutableArray<string> Tags,
    SourceLocation IdLocation);
