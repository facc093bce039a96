using System.Collections.Immutable;

namespace Mend.Site.Catalogs;

/// <summary>The kinds of relationship an entry may name, in display order, with the names readers see.</summary>
public static class Relationships
{
    public static readonly ImmutableArray<string> All = ["romantic", "friendship", "family", "work", "other"];

    public static string Label(string relationship) => relationship switch
    {
        "romantic" => "Romantic relationships",
        "friendship" => "Friendships",
        "family" => "Family",
        "work" => "Work",
        _ => "Other relationships",
    };
}
