namespace Mend.Site.Content;

/// <summary>Guides are listed by <c>order</c> (unordered guides last), then by title, then by id.</summary>
public static class GuideOrder
{
    public static IEnumerable<Guide> Sort(IEnumerable<Guide> guides) => guides
        .OrderBy(g => g.Order ?? int.MaxValue)
        .ThenBy(g => g.Title, StringComparer.Ordinal)
        .ThenBy(g => g.Id, StringComparer.Ordinal);
}
