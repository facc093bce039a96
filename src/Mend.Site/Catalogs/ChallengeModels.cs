using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site.Catalogs;

/// <summary>The model of the <c>challenges</c> layout.</summary>
public sealed record ChallengeCatalogModel(ChallengeCatalog Catalog, IReadOnlyList<PageLink> Entries);

/// <summary>The model of the <c>challenge</c> layout: the challenge with its Markdown rendered and its links resolved.</summary>
public sealed record ChallengeModel(
    string CatalogTitle,
    string CatalogUrl,
    Challenge Entry,
    TrustedHtml WhatItIs,
    TrustedHtml Scenario,
    TrustedHtml Impact,
    IReadOnlyList<TipModel> Tips,
    IReadOnlyList<PageLink> Steps)
{
    /// <summary>The challenge's safety note, rendered; null when it has none.</summary>
    public TrustedHtml? SafetyNote { get; init; }
}

public sealed record TipModel(string Title, TrustedHtml Text);
