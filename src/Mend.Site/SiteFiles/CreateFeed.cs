using System.Globalization;
using System.Xml.Linq;
using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;

namespace Mend.Site.SiteFiles;

/// <summary>
/// Adds feed.xml, an Atom feed (RFC 4287) of the content pages (<see cref="PageKind.Content"/>: guides, examples, what
/// gets in the way) that <paramref name="pipelines"/> made, pipeline by pipeline in the order each made them. Its dates
/// come from the pages' <see cref="Page.LastModified"/> (the later of <c>updated</c> and <c>reviewed</c>), never from the clock, so the same input gives the same feed: a page
/// without one takes the newest date of any, and when none has one every date is the Unix epoch.
/// </summary>
public sealed class CreateFeed(SiteConfig site, PageUrls urls, params IReadOnlyList<string> pipelines) : DocumentModule
{
    public const string FileName = "feed.xml";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = pipelines
            .SelectMany(context.InputsOf)
            .Select(d => d.Get<Page>())
            .Where(page => PageKind.Content.Contains(page.Kind))
            .ToList();
        // Also the feed's own date: every entry is dated at or before it.
        var newest = pages.Max(g => g.LastModified) ?? DateOnly.FromDateTime(DateTime.UnixEpoch);
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
            pages.Select(page => Entry(page, page.LastModified ?? newest))));
        return [.. inputs, new Document { Destination = FileName, Content = XmlText.Of(feed) }];
    }

    private XElement Entry(Page page, DateOnly updated)
    {
        var url = urls.Absolute(page.Url);
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", url),
            new XElement(Atom + "title", page.Title),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", url)),
            new XElement(Atom + "category", new XAttribute("term", page.Kind.Id), new XAttribute("label", page.Kind.Singular)),
            new XElement(Atom + "summary", page.Description),
            new XElement(Atom + "updated", Timestamp(updated)));
    }

    private static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
