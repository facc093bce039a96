using Mend.Site.Core;
using Mend.Site.Guides;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Guides;

public sealed class OrderGuidesTests
{
    [Fact]
    public async Task GuidesAreReadByOrderThenUnorderedOnesByTitleThenById()
    {
        var outputs = await new OrderGuides().ExecuteAsync(
            [
                GuidePage("gamma", "Gamma"),
                GuidePage("beta-2", "Beta"),
                GuidePage("alpha", "Alpha", order: 2),
                GuidePage("beta-1", "Beta"),
                GuidePage("zeta", "Zeta", order: 1),
            ],
            new FakeContext());

        Assert.Equal(["zeta", "alpha", "beta-1", "beta-2", "gamma"], outputs.Select(d => d.Get<Guide>().Id));
    }

    [Fact]
    public async Task EachGuideLinksToTheGuidesBeforeAndAfterItInReadingOrder()
    {
        var outputs = await new OrderGuides().ExecuteAsync(
            [GuidePage("last", "Last"), GuidePage("first", "First", order: 1), GuidePage("middle", "Middle", order: 2)],
            new FakeContext());

        Assert.Equal(
            [
                (null, new PageLink("Middle", "", "/guides/middle/")),
                (new PageLink("First", "", "/guides/first/"), new PageLink("Last", "", "/guides/last/")),
                (new PageLink("Middle", "", "/guides/middle/"), null),
            ],
            outputs.Select(d => (d.Get<Page>().Previous, d.Get<Page>().Next)));
    }
}
