using System.Globalization;
using System.Xml.Linq;
using Mend.Pipeline;
using Mend.Site.Content;

namespace Mend.Site.Modules;

/// <summary>
/// Adds feed.xml, an Atom feed (RFC 4287) of the guides in reading order. Its dates come from the guides'
/// <c>updated</c> front matter, never from the clock, so the same input gives the same feed: a guide without
/// one takes the newest date of any guide, and when no guide has one every date is the Unix epoch.
/// </summary>
public sealed class CreateFeed(SiteConfig site, PageUrls urls, string guidesPipeline) : IModule
{
    public const string FileName = "feed.xml";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var guides = GuideOrder.Sort(context.OutputsOf(guidesPipeline).Select(d => d.Get(Keys.Guide))).ToList();
        // Also the feed's own date: every entry is dated at or before it.
        var newest = guides.Max(g => g.Updated) ?? DateOnly.FromDateTime(DateTime.UnixEpoch);
        var home = urls.Absolute("/");
        var feed = new XDocument(new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", site.Language),
            new XElement(Atom + "id", home),
            new XElement(Atom + "title", site.Title),
            new XElement(Atom + "subtitle", site.Description),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", home)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"),
                new XAttribute("href", urls.Absolute("/" + FileName))),
            new XElement(Atom + "updated", Timestamp(newest)),
            // RFC 4287 requires an author on the feed when its entries have none; the site speaks for itself.
            new XElement(Atom + "author", new XElement(Atom + "name", site.Title)),
            guides.Select(guide => Entry(guide, guide.Updated ?? newest))));
        var document = new Document { Destination = FileName, Content = XmlText.Of(feed) };
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, document]);
    }

    private XElement Entry(Guide guide, DateOnly updated)
    {
        var url = urls.Absolute(guide.Url);
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", url),
            new XElement(Atom + "title", guide.Title),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", url)),
            new XElement(Atom + "summary", guide.Summary),
            new XElement(Atom + "updated", Timestamp(updated)));
    }

    private static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
