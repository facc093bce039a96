namespace Mend.Site.Guides;

/// <summary>Guides are listed by <c>order</c> (unordered guides last), then by title, then by id.</summary>
public static class GuideOrder
{
    public static IEnumerable<Guide> Sort(IEnumerable<Guide> guides) => Sort(guides, g => g);

    public static IEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, Guide> guideOf) => items
        .OrderBy(item => guideOf(item).Order ?? int.MaxValue)
        .ThenBy(item => guideOf(item).Title, StringComparer.Ordinal)
        .ThenBy(item => guideOf(item).Id, StringComparer.Ordinal);
}
