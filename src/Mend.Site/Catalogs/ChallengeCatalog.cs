using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Catalogs;

/// <summary>A <c>kind: challenges</c> catalog: what gets in the way of repair.</summary>
public sealed record ChallengeCatalog(
    string Id,
    string Title,
    string Summary,
    ImmutableArray<Challenge> Entries,
    SourceLocation IdLocation)
{
    /// <summary>When the catalog was last checked, by whom, and its sources: shown on its index and entry pages.</summary>
    public Review? Review { get; init; }
}

/// <summary>One challenge; its Markdown fields are located, like a rupture's.</summary>
public sealed record Challenge(
    string Id,
    string Title,
    string Summary,
    Located<string> WhatItIs,
    ImmutableArray<string> WhyItHurts,
    ChallengeExample Example,
    ImmutableArray<OvercomeTip> HowToOvercome,
    string BetterResponse,
    ImmutableArray<Located<string>> Steps,
    ImmutableArray<string> Tags,
    SourceLocation IdLocation)
{
    /// <summary>Markdown shown as a safety callout near the top of the challenge's page; null when it has none.</summary>
    public Located<string>? SafetyNote { get; init; }

    /// <summary>What a listing quotes under the challenge's title.</summary>
    public string Quote => FirstSentence.Of(BetterResponse);
}

public sealed record ChallengeExample(Located<string> Scenario, string Says, Located<string> Impact);

public sealed record OvercomeTip(string Title, Located<string> Text);
