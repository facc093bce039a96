using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site.Assessments;

/// <summary>
/// The model of the <c>assessment</c> layout: the intro rendered, each band's links resolved, and the numbers the
/// page's script and the paper scoring key need, written the same in every culture ("2.5").
/// </summary>
public sealed record AssessmentModel(
    Assessment Assessment,
    TrustedHtml Intro,
    string Min,
    string Max,
    IReadOnlyList<ScaleOptionModel> Scale,
    IReadOnlyList<QuestionModel> Questions,
    IReadOnlyList<DimensionModel> Dimensions,
    int Minutes,
    IReadOnlyList<QuestionModel> Unscored,
    IReadOnlyList<PatternModel> Patterns);

public sealed record ScaleOptionModel(string Value, string Label);

public sealed record QuestionModel(string Id, string Text, string Dimension, bool Reverse, int Number);

public sealed record DimensionModel(
    string Id, string Title, string Description, IReadOnlyList<KeyQuestionModel> Questions, IReadOnlyList<BandModel> Bands);

/// <summary>A statement as the scoring key lists it under its dimension: its number, and whether it is reversed.</summary>
public sealed record KeyQuestionModel(int Number, bool Reverse);

/// <summary>A band from just above the previous band's <see cref="Max"/> (or the scale's lowest value) to its own.</summary>
public sealed record BandModel(string Max, string From, string Label, string Text, IReadOnlyList<PageLink> Links);

/// <summary>
/// A pattern as the scoring key writes it: its note, the dimensions it stands in for (space-separated), and its
/// conditions, which the page's script reads back.
/// </summary>
public sealed record PatternModel(
    string Id, string Title, string Text, IReadOnlyList<PageLink> Links, string InsteadOf, IReadOnlyList<ConditionModel> When);

/// <summary>A condition: its statements' ids (space-separated) and numbers, and one limit, "at_least" or "at_most".</summary>
public sealed record ConditionModel(string Questions, IReadOnlyList<int> Numbers, string Limit, string Value, string Label);
