using System.Collections.Immutable;

namespace Mend.Site.Content.Catalogs;

/// <summary>A <c>kind: challenges</c> catalog: what gets in the way of repair.</summary>
public sealed record ChallengeCatalog(
    string Id,
    string Title,
    string Summary,
    ImmutableArray<Challenge> Entries,
    SourceLocation IdLocation);

public sealed record Challenge(
    string Id,
    string Title,
    string Summary,
    string WhatItIs,
    ImmutableArray<string> WhyItHurts,
    ChallengeExample Example,
    ImmutableArray<OvercomeTip> HowToOvercome,
    string BetterResponse,
    ImmutableArray<Located<string>> Steps,
    ImmutableArray<string> Tags,
    SourceLocation IdLocation);

public sealed record ChallengeExample(string Scenario, string Says, string Impact);

public sealed record OvercomeTip(string Title, string Text);
