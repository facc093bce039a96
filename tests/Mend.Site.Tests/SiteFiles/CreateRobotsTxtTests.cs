using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.SiteFiles;

namespace Mend.Site.Tests.SiteFiles;

public sealed class CreateRobotsTxtTests
{
    [Fact]
    public async Task RobotsTxtIsAddedAfterTheDocumentsBeforeItAndNamesTheSitemapUnderTheBaseUrlsPath()
    {
        var before = new Document { Destination = ".nojekyll" };

        var outputs = await new CreateRobotsTxt(new PageUrls("https://user.github.io/repo/", offline: true)).ExecuteAsync([before], new FakeContext());

        Assert.Equal([".nojekyll", "robots.txt"], outputs.Select(d => d.Destination));
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://user.github.io/repo/sitemap.xml\n", outputs[1].Content);
    }
}
