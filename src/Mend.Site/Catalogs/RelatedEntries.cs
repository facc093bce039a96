using System.Collections.Immutable;

namespace Mend.Site.Catalogs;

/// <summary>
/// The entries closest to a rupture: two points for each guide step they share, one for each tag. Ties go to
/// the lower id, so the choice is the same on every build; entries that share nothing are never offered. Built
/// once per catalog, it looks only at the entries that share a step or a tag, not at the whole catalog.
/// </summary>
public sealed class RelatedEntries
{
    public const int Count = 3;

    private readonly ILookup<string, RuptureEntry> _byStep;
    private readonly ILookup<string, RuptureEntry> _byTag;

    public RelatedEntries(IEnumerable<RuptureEntry> candidates)
    {
        var list = candidates.ToList();
        _byStep = list.SelectMany(e => Steps(e).Select(step => (step, e))).ToLookup(p => p.step, p => p.e, StringComparer.Ordinal);
        _byTag = list.SelectMany(e => e.Tags.Distinct().Select(tag => (tag, e))).ToLookup(p => p.tag, p => p.e, StringComparer.Ordinal);
    }

    /// <summary>Up to <paramref name="count"/> candidates nearest to <paramref name="entry"/>, other than itself, among those <paramref name="allowed"/>.</summary>
    public IReadOnlyList<RuptureEntry> Nearest(RuptureEntry entry, int count, Func<RuptureEntry, bool>? allowed = null)
    {
        var scores = new Dictionary<RuptureEntry, int>(ReferenceEqualityComparer.Instance);
        foreach (var other in Steps(entry).SelectMany(step => _byStep[step]))
        {
            scores[other] = scores.GetValueOrDefault(other) + 2;
        }
        foreach (var other in entry.Tags.Distinct().SelectMany(tag => _byTag[tag]))
        {
            scores[other] = scores.GetValueOrDefault(other) + 1;
        }
        return [.. scores
            .Where(pair => pair.Key.Id != entry.Id && (allowed is null || allowed(pair.Key)))
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => pair.Key)];
    }

    public static int Closeness(RuptureEntry a, RuptureEntry b) =>
        (2 * Steps(a).Intersect(Steps(b), StringComparer.Ordinal).Count())
        + a.Tags.Intersect(b.Tags, StringComparer.Ordinal).Count();

    private static IEnumerable<string> Steps(RuptureEntry entry) => entry.Steps.Select(s => s.Value).Distinct(StringComparer.Ordinal);
}
