using System.Globalization;
using System.Xml.Linq;
using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;

namespace Mend.Site.SiteFiles;

/// <summary>
/// Adds feed.xml, an Atom feed (RFC 4287) of the pages <paramref name="guidesPipeline"/> read, in its order. Its dates
/// come from the pages' <see cref="Page.LastModified"/> (the later of <c>updated</c> and <c>reviewed</c>), never from the clock, so the same input gives the same feed: a page
/// without one takes the newest date of any, and when none has one every date is the Unix epoch.
/// </summary>
public sealed class CreateFeed(SiteConfig site, PageUrls urls, string guidesPipeline) : DocumentModule
{
    public const string FileName = "feed.xml";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var guides = context.InputsOf(guidesPipeline).Select(d => d.Get<Page>()).ToList();
        // Also the feed's own date: every entry is dated at or before it.
        var newest = guides.Max(g => g.LastModified) ?? DateOnly.FromDateTime(DateTime.UnixEpoch);
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
            guides.Select(guide => Entry(guide, guide.LastModified ?? newest))));
        return [.. inputs, new Document { Destination = FileName, Content = XmlText.Of(feed) }];
    }

    private XElement Entry(Page guide, DateOnly updated)
    {
        var url = urls.Absolute(guide.Url);
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", url),
            new XElement(Atom + "title", guide.Title),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", url)),
            new XElement(Atom + "summary", guide.Description),
            new XElement(Atom + "updated", Timestamp(updated)));
    }

    private static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
