using System.Globalization;
using Mend.Site.Core;

namespace Mend.Cli.New;

/// <summary>The ids and the date <c>mend new</c> writes.</summary>
internal static class NewIds
{
    /// <summary>Today's local date as YAML and front matter write it, as the build's date is.</summary>
    public static string Today => DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Null when <paramref name="id"/> is a valid id, else why not, as the build would say it.</summary>
    public static string? Problem(string id) => Identifiers.IsValid(id) ? null : $"the id '{id}' {Identifiers.Rule(id)}";

    /// <summary><paramref name="wanted"/> when given; else <paramref name="stem"/>, <c>stem-2</c>, ...: the first one not taken.</summary>
    public static string Choose(string? wanted, string stem, Func<string, bool> taken)
    {
        if (wanted is not null)
        {
            return wanted;
        }
        var id = stem;
        for (var n = 2; taken(id); n++)
        {
            id = $"{stem}-{n}";
        }
        return id;
    }

    /// <summary>Text as a double-quoted YAML scalar, which holds any character on one line.</summary>
    public static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
