using Mend.Site.Core;
using Mend.Site.Home;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Home;

public sealed class CreateHomePageTests
{
    [Fact]
    public async Task TheHomePageIsTheSitesTitleAtTheRootAndListsTheGuidesInTheOrderTheyWereRead()
    {
        var context = new FakeContext(Pipelines(), Pipelines(("Guides", [GuidePage("zeta", "Zeta"), GuidePage("alpha", "Alpha")])));

        var outputs = await new CreateHomePage(SiteConfigWith(), "Guides").ExecuteAsync([], context);

        var home = Assert.Single(outputs);
        var page = home.Get<Page>();
        Assert.Equal(("index.html", "Mend", "Guides to repair.", "/", "home"), (home.Destination, page.Title, page.Description, page.Url, page.Layout));
        Assert.Equal(
            [new PageLink("Zeta", "About Zeta.", "/guides/zeta/"), new PageLink("Alpha", "About Alpha.", "/guides/alpha/")],
            Assert.IsType<HomeModel>(page.Model).Guides);
    }
}
