using System.Xml.Linq;
using Mend.Pipeline;
using Mend.Site.SiteFiles;
using static Mend.Site.Tests.InMemory;
using static Mend.Site.Tests.SiteFiles.SiteFileXml;

namespace Mend.Site.Tests.SiteFiles;

/// <summary>The feed module on its own; the feed of a built site is in <see cref="FeedTests"/>.</summary>
public sealed class CreateFeedTests
{
    [Fact]
    public async Task TheFeedIsInTheSitesLanguageAndListsTheGuidesInTheOrderTheyWereRead()
    {
        var context = new FakeContext(Pipelines(), Pipelines(("Guides",
            [GuidePage("zeta", "Zeta", updated: new DateOnly(2024, 5, 1)), GuidePage("alpha", "Alpha")])));
        var before = new Document { Destination = "robots.txt" };

        var outputs = await new CreateFeed(SiteConfigWith(language: "fr"), Urls, "Guides").ExecuteAsync([before], context);

        Assert.Equal(["robots.txt", "feed.xml"], outputs.Select(d => d.Destination));
        var feed = XDocument.Parse(outputs[1].Content);
        Assert.Equal("fr", (string?)feed.Root!.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal(
            [("https://example.test/guides/zeta/", "2024-05-01T00:00:00Z"), ("https://example.test/guides/alpha/", "2024-05-01T00:00:00Z")],
            Entries(feed).Select(e => (Child(e, "id"), Child(e, "updated"))));
    }
}
