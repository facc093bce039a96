using System.Globalization;
using Mend.Site.Core;

namespace Mend.Site.Strings;

/// <summary>
/// The text the theme, its scripts and the site's own pages show, in the site's language: one strings file of the
/// theme (<c>i18n/LANGUAGE.yml</c>). Keys are flat, or one level grouped (<c>script.search_no_results</c>).
/// Placeholders are written <c>{name}</c>; an entry with <c>one</c> and <c>other</c> is chosen by the count it is given.
/// </summary>
public sealed class InterfaceStrings(string language, string file, IReadOnlyDictionary<string, InterfaceString> entries)
{
    // Made once, by whichever page asks first; every thread makes the same text.
    private string? _scriptJson;
    private Markdown.MarkdownWords? _markdownWords;

    /// <summary>The group whose strings are handed to the scripts (as JSON on each page's <c>&lt;body&gt;</c>).</summary>
    public const string ScriptGroup = "script";

    public string Language => language;

    /// <summary>The strings file, as its errors name it.</summary>
    public string File => file;

    public IReadOnlyDictionary<string, InterfaceString> Entries => entries;

    /// <summary>The scripts' strings as JSON (<see cref="ScriptStringsJson"/>).</summary>
    public string ScriptJson => _scriptJson ??= ScriptStringsJson.Of(this);

    public bool Has(string key) => entries.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/>, its placeholder filled with <paramref name="value"/> if given.</summary>
    public string Text(string key, object? value = null)
    {
        var entry = Find(key);
        var count = value is null ? (long?)null : AsCount(value);
        var text = entry.Text
            ?? (count is { } n && IsOne(n) ? entry.One : entry.Other)
            ?? throw new MissingStringException(key, $"'{key}' in {file} is a list, not text");
        return value is null ? text : FillPlaceholder(text, Format(value));
    }

    /// <summary>A date for readers, as the strings file writes it: <c>date</c> with <c>{day}</c>, <c>{month}</c>, <c>{year}</c>.</summary>
    public string Date(DateOnly date)
    {
        var months = Find("months").Items;
        if (months is not { Count: 12 })
        {
            throw new MissingStringException("months", $"'months' in {file} must be a list of the twelve month names");
        }
        return Find("date")
            .Text!
            .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", months[date.Month - 1], StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>What readers call a kind of page (<c>kind.guide</c>: Guide; <c>kinds.guide</c>: Guides).</summary>
    public string KindLabel(PageKind kind, bool plural) => Text($"{(plural ? "kinds" : "kind")}.{kind.Id}");

    /// <summary>The words Markdown adds to a page (<c>step_number</c>, <c>steps_summary</c>, the <c>callout</c> group).</summary>
    public Markdown.MarkdownWords MarkdownWords() => _markdownWords ??= new(
        Text("step_number"),
        Text("steps_summary"),
        Markdown.Callouts.CalloutKinds.Titles.Keys.ToDictionary(kind => kind, kind => Text($"callout.{kind}"), StringComparer.Ordinal));

    /// <summary>Every string of the <see cref="ScriptGroup"/> group by its key within the group, for the scripts.</summary>
    public IReadOnlyDictionary<string, InterfaceString> ScriptStrings() => entries
        .Where(pair => pair.Key.StartsWith(ScriptGroup + ".", StringComparison.Ordinal))
        .ToDictionary(pair => pair.Key[(ScriptGroup.Length + 1)..], pair => pair.Value, StringComparer.Ordinal);

    /// <summary>Whether a count takes the <c>one</c> form: 1 in English; 0 and 1 in French and Portuguese.</summary>
    public bool IsOne(long count) => PluralRules.IsOne(language, count);

    private InterfaceString Find(string key) => entries.TryGetValue(key, out var entry)
        ? entry
        : throw new MissingStringException(key, $"missing interface string '{key}': add it to {file}");

    private static long? AsCount(object value) => value switch
    {
        int n => n,
        long n => n,
        double d when d == Math.Floor(d) => (long)d,
        _ => null,
    };

    private static string Format(object value) => value switch
    {
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // The one placeholder of a string, whatever its name: {n}, {count}, {title}.
    private static string FillPlaceholder(string text, string value)
    {
        var open = text.IndexOf('{', StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf('}', open);
        return close < 0 ? text : string.Concat(text.AsSpan(0, open), value, text.AsSpan(close + 1));
    }
}
