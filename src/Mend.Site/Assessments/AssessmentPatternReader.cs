using System.Collections.Immutable;
using System.Globalization;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.Assessments;

/// <summary>
/// Reads an assessment's <c>patterns</c> and checks them, each error where it is written: ids are unique, every
/// condition names known statements and exactly one of <c>at_least</c> or <c>at_most</c>, a value on the scale,
/// and <c>instead_of</c> names known dimensions. Links are checked later, against the whole site.
/// </summary>
internal static class AssessmentPatternReader
{
    public static List<(Pattern Pattern, Located<string> Id)> Read(
        YamlMapReader map, IReadOnlyCollection<string> questions, IReadOnlyCollection<string> dimensions, IReadOnlyCollection<double> scale)
    {
        var result = new List<(Pattern, Located<string>)>();
        foreach (var item in map.OptionalMapList("patterns") ?? [])
        {
            var id = SchemaChecks.Id(item);
            var title = item.RequiredText("title");
            var text = item.RequiredText("text");
            var links = item.OptionalStringList("links") ?? [];
            var insteadOf = item.OptionalStringList("instead_of") ?? [];
            var when = SchemaChecks.AtLeastOne(item, "when", item.RequiredMapList("when"));
            item.RejectUnknownKeys();
            foreach (var dimension in insteadOf.Where(d => !dimensions.Contains(d.Value)))
            {
                item.Source.Diagnostics.Add(dimension.Location.Error(ErrorCodes.InvalidValue,
                    $"'instead_of' names '{dimension.Value}', which is not one of this assessment's dimensions ({string.Join(", ", dimensions)})"));
            }
            var conditions = when.Select(c => ReadCondition(c, questions, scale)).OfType<PatternCondition>().ToList();
            if (id is not null && title is not null && text is not null && conditions.Count == when.Count)
            {
                result.Add((new Pattern(id.Value, title.Value, text.Value, [.. links], [.. insteadOf.Select(d => d.Value)], [.. conditions]), id));
            }
        }
        return result;
    }

    private static PatternCondition? ReadCondition(YamlMapReader map, IReadOnlyCollection<string> known, IReadOnlyCollection<double> scale)
    {
        var questions = SchemaChecks.AtLeastOne(map, "questions", map.RequiredStringList("questions"));
        var atLeast = map.OptionalDouble("at_least");
        var atMost = map.OptionalDouble("at_most");
        map.RejectUnknownKeys();
        var ok = questions.Count > 0;
        foreach (var question in questions.Where(q => !known.Contains(q.Value)))
        {
            map.Source.Diagnostics.Add(question.Location.Error(ErrorCodes.InvalidValue,
                $"question '{question.Value}' is not one of this assessment's questions"));
            ok = false;
        }
        if ((atLeast is null) == (atMost is null))
        {
            map.Source.Diagnostics.Add(map.Location.Error(ErrorCodes.InvalidValue,
                "a condition needs exactly one of 'at_least' or 'at_most' (an answer's value, as chosen on the scale)"));
            return null;
        }
        var limit = (atLeast ?? atMost)!;
        if (scale.Count > 0 && !scale.Contains(limit.Value))
        {
            map.Source.Diagnostics.Add(limit.Location.Error(ErrorCodes.InvalidValue,
                $"{Format(limit.Value)} is not a value on the scale ({string.Join(", ", scale.Select(Format))})"));
            return null;
        }
        return ok ? new PatternCondition([.. questions.Select(q => q.Value)], atLeast?.Value, atMost?.Value) : null;
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
