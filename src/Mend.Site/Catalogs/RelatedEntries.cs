namespace Mend.Site.Catalogs;

/// <summary>
/// The entries closest to a rupture: two points for each guide step they share, one for each tag. Ties go to
/// the lower id, so the choice is the same on every build; entries that share nothing are never offered.
/// </summary>
public static class RelatedEntries
{
    public const int Count = 3;

    public static IReadOnlyList<RuptureEntry> Nearest(RuptureEntry entry, IEnumerable<RuptureEntry> candidates, int count) =>
        candidates
            .Where(other => other.Id != entry.Id)
            .Select(other => (Entry: other, Score: Closeness(entry, other)))
            .Where(pair => pair.Score > 0)
            .OrderByDescending(pair => pair.Score)
            .ThenBy(pair => pair.Entry.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => pair.Entry)
            .ToList();

    public static int Closeness(RuptureEntry a, RuptureEntry b) =>
        (2 * a.Steps.Select(s => s.Value).Intersect(b.Steps.Select(s => s.Value), StringComparer.Ordinal).Count())
        + a.Tags.Intersect(b.Tags, StringComparer.Ordinal).Count();
}
