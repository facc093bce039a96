namespace Mend.Site.Content.Catalogs;

/// <summary>The kinds of relationship an entry may name, in display order.</summary>
public static class Relationships
{
    public static readonly IReadOnlyList<string> All = ["romantic", "friendship", "family", "work", "other"];
}
