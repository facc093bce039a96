using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Catalogs;

/// <summary>
/// A <c>kind: ruptures</c> catalog: its severities in display order, the situations (what happened) its entries may
/// name, in display order and empty when it declares none, and its entries.
/// </summary>
public sealed record RuptureCatalog(
    string Id,
    string Title,
    string Summary,
    ImmutableArray<SeverityLevel> Severities,
    ImmutableArray<RuptureEntry> Entries,
    SourceLocation IdLocation)
{
    public ImmutableArray<Situation> Situations { get; init; } = [];

    /// <summary>When the catalog was last checked, by whom, and its sources: shown on its index and entry pages.</summary>
    public Review? Review { get; init; }
}

public sealed record SeverityLevel(string Id, string Title, string Summary);

/// <summary>A kind of thing that happened, such as a broken promise: entries that name it are listed on its page.</summary>
public sealed record Situation(string Id, string Title, string Summary);

/// <summary>
/// An entry's part for the one who was hurt: <see cref="Feel"/> (Markdown, located like the scenario) is what it can
/// feel like, <see cref="Ask"/> what they could ask for, <see cref="Say"/> words to raise it with.
/// </summary>
public sealed record IfHurt(Located<string> Feel, ImmutableArray<string> Ask, string Say);

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
    /// <summary>The ids of the catalog's situations this entry is an example of.</summary>
    public ImmutableArray<string> Situations { get; init; } = [];

    /// <summary>The part for the one who was hurt; null in an entry written without one.</summary>
    public IfHurt? IfHurt { get; init; }

    /// <summary>Markdown shown as a safety callout near the top of the entry's page; null when it has none.</summary>
    public Located<string>? SafetyNote { get; init; }

    /// <summary>What a listing quotes under the entry's title.</summary>
    public string Quote => FirstSentence.Of(Say);
}
