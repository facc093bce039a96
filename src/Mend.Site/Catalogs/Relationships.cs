using System.Collections.Immutable;
using Mend.Site.Strings;

namespace Mend.Site.Catalogs;

/// <summary>
/// The kinds of relationship an entry may name, in display order; the names readers see are the strings file's
/// <c>relationship</c> group.
/// </summary>
public static class Relationships
{
    public static readonly ImmutableArray<string> All = ["romantic", "friendship", "family", "work", "other"];

    public static string Label(string relationship, InterfaceStrings strings) =>
        strings.Text($"relationship.{(All.Contains(relationship) ? relationship : "other")}");
}
