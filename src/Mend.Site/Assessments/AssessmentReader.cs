using System.Collections.Immutable;
using System.Globalization;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.Assessments;

/// <summary>
/// Reads one <c>input/assessments/*.yml</c> file and checks what CONTENT-FORMAT.md asks: unique ids, questions that
/// name a known dimension (or none: a statement only a pattern reads), at least two questions per dimension,
/// <c>minutes</c> from 1 to 60, valid <c>patterns</c> (<see cref="AssessmentPatternReader"/>), bands that ascend and end at the scale's highest
/// value. Links in bands are checked later, against the whole site. Returns null after reporting why.
/// </summary>
public static class AssessmentReader
{
    public static Assessment? Read(string file, string text, ICollection<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count(d => d.IsError);
        var map = new YamlSource(file, 0, diagnostics).LoadMapping(text);
        if (map is null)
        {
            return null;
        }

        var id = SchemaChecks.Id(map);
        var title = map.RequiredText("title");
        var intro = map.RequiredString("intro");
        var minutes = map.OptionalInt("minutes");
        var scale = ReadScale(map);
        var dimensionMaps = SchemaChecks.AtLeastOne(map, "dimensions", map.RequiredMapList("dimensions"));
        var questionMaps = SchemaChecks.AtLeastOne(map, "questions", map.RequiredMapList("questions"));
        if (minutes is { Value: < 1 or > 60 })
        {
            diagnostics.Add(minutes.Location.Error(ErrorCodes.InvalidValue,
                $"'minutes' is how long answering takes, a whole number from 1 to 60 (not {minutes.Value})"));
        }

        var top = scale.Count > 0 ? scale.Max(o => o.Value) : (double?)null;
        var dimensions = dimensionMaps.Select(d => ReadDimension(d, top)).OfType<(Dimension Dimension, SourceLocation At)>().ToList();
        var questions = questionMaps.Select(ReadQuestion).OfType<(Question Question, Located<string> Id, Located<string>? Dimension)>().ToList();
        CheckUnique(dimensions.Select(d => new Located<string>(d.Dimension.Id, d.At)), "dimension", diagnostics);
        CheckUnique(questions.Select(q => q.Id), "question", diagnostics);
        CheckQuestionsPerDimension(dimensions, questions, diagnostics);
        var patterns = AssessmentPatternReader.Read(map,
            questions.Select(q => q.Question.Id).ToHashSet(StringComparer.Ordinal),
            dimensions.Select(d => d.Dimension.Id).ToList(),
            scale.Select(o => o.Value).ToList());
        map.RejectUnknownKeys();
        CheckUnique(patterns.Select(p => p.Id), "pattern", diagnostics);

        if (diagnostics.Count(d => d.IsError) > before || id is null || title is null || intro is null)
        {
            return null;
        }
        return new Assessment(id.Value, title.Value, intro, [.. scale], [.. dimensions.Select(d => d.Dimension)],
            [.. questions.Select(q => q.Question)], id.Location)
        {
            Minutes = minutes?.Value,
            Patterns = [.. patterns.Select(p => p.Pattern)],
        };
    }

    private static List<ScaleOption> ReadScale(YamlMapReader map)
    {
        var options = new List<ScaleOption>();
        var items = map.RequiredMapList("scale");
        if (items is { Count: < 2 })
        {
            map.Source.Diagnostics.Add(map.LocationOf("scale").Error(ErrorCodes.InvalidValue, "'scale' needs at least two answer options"));
        }
        foreach (var item in items ?? [])
        {
            var value = item.RequiredDouble("value");
            var label = item.RequiredText("label");
            item.RejectUnknownKeys();
            if (value is null || label is null)
            {
                continue;
            }
            if (options.Any(o => o.Value == value.Value))
            {
                item.Source.Diagnostics.Add(value.Location.Error(ErrorCodes.DuplicateId,
                    $"the scale has the value {Format(value.Value)} twice; each answer option needs its own value"));
                continue;
            }
            options.Add(new ScaleOption(value.Value, label.Value));
        }
        return options;
    }

    private static (Dimension, SourceLocation)? ReadDimension(YamlMapReader map, double? top)
    {
        var id = SchemaChecks.Id(map);
        var title = map.RequiredText("title");
        var description = map.OptionalText("description");
        var bandMaps = SchemaChecks.AtLeastOne(map, "bands", map.RequiredMapList("bands"));
        map.RejectUnknownKeys();

        var bands = new List<Band>();
        Located<double>? last = null;
        foreach (var bandMap in bandMaps)
        {
            var max = bandMap.RequiredDouble("max");
            var label = bandMap.RequiredText("label");
            var text = bandMap.RequiredText("text");
            var links = bandMap.OptionalStringList("links") ?? [];
            bandMap.RejectUnknownKeys();
            if (max is not null && last is not null && max.Value <= last.Value)
            {
                map.Source.Diagnostics.Add(max.Location.Error(ErrorCodes.InvalidValue,
                    $"bands must ascend: this band's max {Format(max.Value)} is not above the previous band's {Format(last.Value)}"));
            }
            last = max ?? last;
            if (max is not null && label is not null && text is not null)
            {
                bands.Add(new Band(max.Value, label.Value, text.Value, [.. links]));
            }
        }
        if (last is not null && top is not null && last.Value != top.Value)
        {
            map.Source.Diagnostics.Add(last.Location.Error(ErrorCodes.InvalidValue,
                $"the last band's max must be the scale's highest value, {Format(top.Value)} (not {Format(last.Value)})"));
        }

        return id is null || title is null
            ? null
            : (new Dimension(id.Value, title.Value, description?.Value ?? "", [.. bands]), id.Location);
    }

    private static (Question, Located<string>, Located<string>?)? ReadQuestion(YamlMapReader map)
    {
        var id = SchemaChecks.Id(map);
        var text = map.RequiredText("text");
        var dimension = map.OptionalString("dimension");
        var reverse = map.OptionalBool("reverse");
        map.RejectUnknownKeys();
        return id is null || text is null
            ? null
            : (new Question(id.Value, text.Value, dimension?.Value ?? "", reverse?.Value ?? false), id, dimension);
    }

    private static void CheckUnique(IEnumerable<Located<string>> ids, string what, ICollection<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.TryAdd(id.Value, id.Location))
            {
                diagnostics.Add(id.Location.Error(ErrorCodes.DuplicateId,
                    $"{what} id '{id.Value}' is already used at line {seen[id.Value].Line}"));
            }
        }
    }

    private static void CheckQuestionsPerDimension(
        List<(Dimension Dimension, SourceLocation At)> dimensions,
        List<(Question Question, Located<string> Id, Located<string>? Dimension)> questions,
        ICollection<Diagnostic> diagnostics)
    {
        var known = dimensions.Select(d => d.Dimension.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var dimension in questions.Select(q => q.Dimension).OfType<Located<string>>().Where(d => !known.Contains(d.Value)))
        {
            diagnostics.Add(dimension.Location.Error(ErrorCodes.InvalidValue,
                $"dimension '{dimension.Value}' is not one of this assessment's dimensions ({string.Join(", ", known.Order(StringComparer.Ordinal))})"));
        }
        foreach (var (dimension, at) in dimensions)
        {
            var count = questions.Count(q => q.Question.Dimension == dimension.Id);
            if (count < 2)
            {
                diagnostics.Add(at.Error(ErrorCodes.InvalidValue,
                    $"dimension '{dimension.Id}' has {count} question{(count == 1 ? "" : "s")}; every dimension needs at least two"));
            }
        }
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
