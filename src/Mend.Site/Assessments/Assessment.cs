using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Assessments;

/// <summary>A self-assessment: statements answered on one scale, each scoring one dimension.</summary>
public sealed record Assessment(
    string Id,
    string Title,
    Located<string> Intro,
    ImmutableArray<ScaleOption> Scale,
    ImmutableArray<Dimension> Dimensions,
    ImmutableArray<Question> Questions,
    SourceLocation IdLocation)
{
    public double Min => Scale.Min(o => o.Value);

    public double Max => Scale.Max(o => o.Value);
}

public sealed record ScaleOption(double Value, string Label);

public sealed record Dimension(string Id, string Title, string Description, ImmutableArray<Band> Bands);

/// <summary>A band of a dimension's mean score, up to and including <see cref="Max"/>.</summary>
public sealed record Band(double Max, string Label, string Text, ImmutableArray<Located<string>> Links);

public sealed record Question(string Id, string Text, string Dimension, bool Reverse);
