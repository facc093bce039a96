using System.Globalization;
using Mend.Site.Core;

namespace Mend.Site.Templates;

/// <summary>
/// What a layout sees as <c>review</c> on a page with review data (null on others): the review date for people
/// in the site's language (<c>12 November 2026</c>) and for machines (<c>2026-11-12</c>), empty when not given; the reviewer; the sources;
/// and the page's JSON-LD for <c>&lt;head&gt;</c>.
/// </summary>
public sealed record ReviewView(string Reviewed, string ReviewedIso, string Reviewer, IReadOnlyList<string> Sources, TrustedHtml JsonLd)
{
    public static ReviewView? Of(Page page, PageUrls urls, TemplateLibrary library) => page.Review is not { } review ? null : new ReviewView(
        review.Reviewed is { } reviewed ? library.Strings.Date(reviewed) : "",
        review.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        review.Reviewer,
        review.Sources,
        new TrustedHtml(ReviewJsonLd.Of(page, review, urls.Absolute(page.Url))));
}
