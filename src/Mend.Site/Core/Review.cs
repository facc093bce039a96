using System.Collections.Immutable;

namespace Mend.Site.Core;

/// <summary>
/// When a page's content was last checked and by whom (<c>reviewed</c>, <c>reviewer</c>), when it should be checked
/// again (<c>review_due</c>, located for MEND305) and what its ideas come from (<c>sources</c>, plain text: a URL in
/// one is shown as text, not linked). A guide declares it in its front matter; a catalog at its top level, for its
/// index and entry pages.
/// </summary>
public sealed record Review(DateOnly? Reviewed, string Reviewer, Located<DateOnly>? Due, ImmutableArray<string> Sources)
{
    /// <summary>The later of <paramref name="updated"/> and <see cref="Reviewed"/> (either may be absent): a page's <c>lastmod</c>.</summary>
    public static DateOnly? Latest(DateOnly? updated, Review? review) =>
        (updated, review?.Reviewed) switch
        {
            ({ } u, { } r) => u > r ? u : r,
            (var u, var r) => u ?? r,
        };
}
