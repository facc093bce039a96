using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mend.Site.Core;

namespace Mend.Site.Templates;

/// <summary>
/// The schema.org <c>WebPage</c> of a page with review data, as JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c>:
/// its name, absolute URL, <c>lastReviewed</c>, <c>reviewedBy</c> (an organization: the site names no people) and
/// <c>dateModified</c> from <c>updated</c>. Written by a JSON writer whose encoder escapes <c>&lt;</c>, <c>&gt;</c> and
/// <c>&amp;</c>, so no text can close the script element.
/// </summary>
public static class ReviewJsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static string Of(Page page, Review review, string absoluteUrl)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "WebPage");
            json.WriteString("name", page.Title);
            json.WriteString("url", absoluteUrl);
            if (review.Reviewed is { } reviewed)
            {
                json.WriteString("lastReviewed", Iso(reviewed));
            }
            if (review.Reviewer.Length > 0)
            {
                json.WriteStartObject("reviewedBy");
                json.WriteString("@type", "Organization");
                json.WriteString("name", review.Reviewer);
                json.WriteEndObject();
            }
            if (page.Updated is { } updated)
            {
                json.WriteString("dateModified", Iso(updated));
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
