using System.Text.RegularExpressions;

namespace Mend.Site.Core;

/// <summary>The shape of ids and tags: lower-case words joined by hyphens, safe in a URL path.</summary>
public static partial class Identifiers
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    // \z, not $: $ also matches before a final line break, which a YAML block (id: |) ends with.
    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
