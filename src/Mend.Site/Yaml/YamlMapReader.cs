using System.Globalization;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Markdown.Typography;

namespace Mend.Site.Yaml;

/// <summary>
/// Reads typed values out of one YAML mapping, reporting a missing key, a wrong type or, at the end,
/// an unknown key as an error at its own line and column.
/// </summary>
public sealed class YamlMapReader(YamlMapping node, YamlSource source)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public SourceLocation Location => source.At(node.Start);

    public YamlSource Source => source;

    /// <summary>Where the value of <paramref name="key"/> is written, or the mapping itself when it is absent.</summary>
    public SourceLocation LocationOf(string key) => Find(key) is { } value ? source.At(value.Start) : Location;

    /// <summary>How many items the list at <paramref name="key"/> has as written, valid or not; null when it is not a list.</summary>
    public int? ItemCountOf(string key) => Find(key) is YamlSequence sequence ? sequence.Count : null;

    public Located<string>? RequiredString(string key) => Required(key, "text", () => OptionalString(key));

    /// <summary>Prose written as plain text (a title, a summary, words to say): a string with curly quotes and dashes.</summary>
    public Located<string>? RequiredText(string key) => RequiredString(key) is { } text ? Typographic(text) : null;

    /// <inheritdoc cref="RequiredText"/>
    public Located<string>? OptionalText(string key) => OptionalString(key) is { } text ? Typographic(text) : null;

    /// <inheritdoc cref="RequiredText"/>
    public IReadOnlyList<Located<string>>? RequiredTextList(string key) => RequiredStringList(key)?.Select(Typographic).ToList();

    /// <inheritdoc cref="RequiredText"/>
    public IReadOnlyList<Located<string>>? OptionalTextList(string key) => OptionalStringList(key)?.Select(Typographic).ToList();

    private static Located<string> Typographic(Located<string> text) => text with { Value = TypographicText.Of(text.Value) };

    public Located<string>? OptionalString(string key)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            return null;
        }
        if (value is YamlScalar scalar)
        {
            return new Located<string>(scalar.Value, source.At(scalar.Start));
        }
        WrongType(key, value, "text");
        return null;
    }

    /// <summary>A whole number within <see cref="Limits.LargestNumber"/> either side of zero.</summary>
    public Located<int>? OptionalInt(string key) =>
        OptionalNumber<double>(key, "a whole number", text => ParseNumber(text, NumberStyles.AllowLeadingSign), IsOrdinary)
            is { } number ? new Located<int>((int)number.Value, number.Location) : null;

    public Located<double>? RequiredDouble(string key) => Required(key, "a number", () => OptionalDouble(key));

    /// <summary>
    /// A number within <see cref="Limits.LargestNumber"/> either side of zero: NaN, infinity, a number too large to hold
    /// (1e999) or one so large that adding a few up would lose it is an error at the value.
    /// </summary>
    public Located<double>? OptionalDouble(string key) =>
        OptionalNumber<double>(key, "a number", text => ParseNumber(text, NumberStyles.Float), IsOrdinary);

    private static double? ParseNumber(string text, NumberStyles styles) =>
        double.TryParse(text, styles, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static bool IsOrdinary(double number) => double.IsFinite(number) && Math.Abs(number) <= Limits.LargestNumber;

    public Located<bool>? OptionalBool(string key) => OptionalNumber<bool>(key, "true or false", text => text switch
    {
        "true" => true,
        "false" => false,
        _ => (bool?)null,
    });

    /// <summary>A calendar date written exactly <c>YYYY-MM-DD</c>; a near miss (2024-2-3, 2024-02-30) is an error at the value.</summary>
    public Located<DateOnly>? OptionalDate(string key)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            return null;
        }
        if (value is not YamlScalar { Value: var text })
        {
            WrongType(key, value, "a date written YYYY-MM-DD");
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Located<DateOnly>(date, source.At(value.Start));
        }
        source.Error(value.Start, ErrorCodes.InvalidValue, $"'{key}' must be a real date written YYYY-MM-DD, such as 2024-05-31 (not '{text}')");
        return null;
    }

    public IReadOnlyList<Located<string>>? RequiredStringList(string key) =>
        Required(key, "a list of text", () => OptionalStringList(key));

    public IReadOnlyList<Located<string>>? OptionalStringList(string key)
    {
        var items = Sequence(key, "a list of text");
        if (items is null)
        {
            return null;
        }

        var result = new List<Located<string>>();
        foreach (var item in items.Items)
        {
            if (item is YamlScalar scalar && !IsNull(scalar))
            {
                result.Add(new Located<string>(scalar.Value, source.At(scalar.Start)));
            }
            else
            {
                source.Error(item.Start, ErrorCodes.WrongType, $"every item of '{key}' must be text");
            }
        }
        return result;
    }

    /// <summary>A list of lists of text (<c>- [a, b]</c>), each text with where it is written.</summary>
    public IReadOnlyList<IReadOnlyList<Located<string>>>? OptionalStringLists(string key)
    {
        var items = Sequence(key, "a list of lists of text");
        if (items is null)
        {
            return null;
        }

        var result = new List<IReadOnlyList<Located<string>>>();
        foreach (var item in items.Items)
        {
            if (item is not YamlSequence list)
            {
                source.Error(item.Start, ErrorCodes.WrongType, $"every item of '{key}' must be a list of text, such as [a, b]");
                continue;
            }
            var texts = new List<Located<string>>();
            foreach (var value in list.Items)
            {
                if (value is YamlScalar scalar && !IsNull(scalar))
                {
                    texts.Add(new Located<string>(scalar.Value, source.At(scalar.Start)));
                }
                else
                {
                    source.Error(value.Start, ErrorCodes.WrongType, $"every item of a list in '{key}' must be text");
                }
            }
            result.Add(texts);
        }
        return result;
    }

    public YamlMapReader? RequiredMap(string key) => Required(key, "a mapping", () => OptionalMap(key));

    public YamlMapReader? OptionalMap(string key)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            return null;
        }
        if (value is YamlMapping map)
        {
            return new YamlMapReader(map, source);
        }
        WrongType(key, value, "a mapping");
        return null;
    }

    public IReadOnlyList<YamlMapReader>? RequiredMapList(string key) =>
        Required(key, "a list of mappings", () => OptionalMapList(key));

    public IReadOnlyList<YamlMapReader>? OptionalMapList(string key)
    {
        var items = Sequence(key, "a list of mappings");
        if (items is null)
        {
            return null;
        }

        var result = new List<YamlMapReader>();
        foreach (var item in items.Items)
        {
            if (item is YamlMapping map)
            {
                result.Add(new YamlMapReader(map, source));
            }
            else
            {
                source.Error(item.Start, ErrorCodes.WrongType, $"every item of '{key}' must be a mapping of keys to values");
            }
        }
        return result;
    }

    /// <summary>Reports every key of the mapping that no read asked for.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in node.Keys)
        {
            if (!_known.Contains(key.Value))
            {
                var allowed = string.Join(", ", _known.Order(StringComparer.Ordinal));
                source.Error(key.Start, ErrorCodes.UnknownKey, $"unknown key '{key.Value}' (allowed here: {allowed})");
            }
        }
    }

    private YamlValue? Find(string key)
    {
        _known.Add(key);
        return node.Find(key);
    }

    private T? Required<T>(string key, string expected, Func<T?> read) where T : class
    {
        var present = Find(key) is { } value && !IsNull(value);
        if (!present)
        {
            source.Diagnostics.Add(Location.Error(ErrorCodes.MissingKey, $"missing required key '{key}' ({expected})"));
            return null;
        }
        return read();
    }

    private Located<T>? OptionalNumber<T>(string key, string expected, Func<string, T?> parse, Func<T, bool>? isOrdinary = null)
        where T : struct
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            return null;
        }
        if (value is YamlScalar { IsPlain: true, Value: var text } && parse(text) is { } parsed)
        {
            if (isOrdinary?.Invoke(parsed) == false)
            {
                source.Error(value.Start, ErrorCodes.InvalidValue,
                    string.Create(CultureInfo.InvariantCulture,
                        $"'{key}' must be an ordinary number such as 3 or 2.5, between {-Limits.LargestNumber:N0} and {Limits.LargestNumber:N0}, not '{OneLine.Of(text)}'"));
                return null;
            }
            return new Located<T>(parsed, source.At(value.Start));
        }
        WrongType(key, value, expected);
        return null;
    }

    private YamlSequence? Sequence(string key, string expected)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            return null;
        }
        if (value is YamlSequence sequence)
        {
            return sequence;
        }
        WrongType(key, value, expected);
        return null;
    }

    private void WrongType(string key, YamlValue value, string expected) =>
        source.Error(value.Start, ErrorCodes.WrongType, $"'{key}' must be {expected}");

    private static bool IsNull(YamlValue value) => value is YamlScalar { IsPlain: true, Value: "" or "~" or "null" };
}
