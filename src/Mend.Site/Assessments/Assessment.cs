using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Assessments;

/// <summary>
/// A self-assessment: statements answered on one scale, each scoring one dimension (or none: a statement only its
/// <see cref="Patterns"/> read), and the minutes it takes (null: worked out from the number of statements).
/// </summary>
public sealed record Assessment(
    string Id,
    string Title,
    Located<string> Intro,
    ImmutableArray<ScaleOption> Scale,
    ImmutableArray<Dimension> Dimensions,
    ImmutableArray<Question> Questions,
    SourceLocation IdLocation)
{
    public int? Minutes { get; init; }

    public ImmutableArray<Pattern> Patterns { get; init; } = [];

    /// <summary>The stated minutes, or about ten seconds a statement, rounded up to a whole minute.</summary>
    public int ExpectedMinutes => Minutes ?? Math.Max(1, (int)Math.Ceiling(Questions.Length * SecondsPerStatement / 60.0));

    public const int SecondsPerStatement = 10;

    public double Min => Scale.Min(o => o.Value);

    public double Max => Scale.Max(o => o.Value);
}

public sealed record ScaleOption(double Value, string Label);

public sealed record Dimension(string Id, string Title, string Description, ImmutableArray<Band> Bands);

/// <summary>A band of a dimension's mean score, up to and including <see cref="Max"/>.</summary>
public sealed record Band(double Max, string Label, string Text, ImmutableArray<Located<string>> Links);

/// <summary>A statement; its <see cref="Dimension"/> is empty when it scores none.</summary>
public sealed record Question(string Id, string Text, string Dimension, bool Reverse);

/// <summary>
/// A pattern of answers that needs a note of its own in the results, shown before everything else: it matches when
/// every one of its <see cref="When"/> conditions holds. <see cref="InsteadOf"/> names dimensions whose band the
/// results do not show while it matches (a high score there means something else).
/// </summary>
public sealed record Pattern(
    string Id, string Title, string Text, ImmutableArray<Located<string>> Links, ImmutableArray<string> InsteadOf,
    ImmutableArray<PatternCondition> When);

/// <summary>
/// Holds when every one of <see cref="Questions"/> is answered and each answer's value (as chosen, before any
/// reversing) is at least <see cref="AtLeast"/> or at most <see cref="AtMost"/>.
/// </summary>
public sealed record PatternCondition(ImmutableArray<string> Questions, double? AtLeast, double? AtMost);
