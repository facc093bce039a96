using System.Text.RegularExpressions;

namespace Mend.Site.Core;

/// <summary>
/// The shape of ids and tags: lower-case words joined by hyphens, safe in a URL path, and short enough to name a
/// folder on any file system.
/// </summary>
public static partial class Identifiers
{
    public static bool IsValid(string value) => value.Length <= Limits.IdentifierLength && Pattern().IsMatch(value);

    /// <summary>What an invalid id or tag breaks, to follow its quoted value in a message.</summary>
    public static string Rule(string value) => value.Length > Limits.IdentifierLength && Pattern().IsMatch(value)
        ? $"is {value.Length} characters long; ids and tags name folders, so they may be at most {Limits.IdentifierLength}"
        : "must be lower-case words joined by hyphens";

    // \z, not $: $ also matches before a final line break, which a YAML block (id: |) ends with.
    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
