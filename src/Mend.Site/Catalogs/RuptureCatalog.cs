using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Catalogs;

/// <summary>A <c>kind: ruptures</c> catalog: its severities in display order and its entries.</summary>
public sealed record RuptureCatalog(
    string Id,
    string Title,
    string Summary,
    ImmutableArray<SeverityLevel> Severities,
    ImmutableArray<RuptureEntry> Entries,
    SourceLocation IdLocation);

public sealed record SeverityLevel(string Id, string Title, string Summary);

/// <summary>
/// One rupture: what happened, what it did, and the words and actions that repair it. <see cref="Scenario"/> and
/// <see cref="Impact"/> are Markdown, located so that a broken link in them is reported in the catalog file.
/// </summary>
public sealed record RuptureEntry(
    string Id,
    string Title,
    string Severity,
    ImmutableArray<string> Relationships,
    Located<string> Scenario,
    Located<string> Impact,
    string Say,
    ImmutableArray<string> Do,
    ImmutableArray<Located<string>> Steps,
    ImmutableArray<string> Tags,
    ImmutableArray<Located<string>> Related,
    SourceLocation IdLocation)
{
    /// <summary>What a listing quotes under the entry's title.</summary>
    public string Quote => FirstSentence.Of(Say);
}
