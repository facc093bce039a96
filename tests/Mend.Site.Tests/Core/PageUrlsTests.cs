using Mend.Site.Core;

namespace Mend.Site.Tests.Core;

public sealed class PageUrlsTests
{
    private static readonly PageUrls Online = new("https://example.test/mend/", offline: false);
    private static readonly PageUrls Offline = new("https://example.test/mend/", offline: true);

    [Theory]
    [InlineData("index.html", "/", "./")]
    [InlineData("guides/a/index.html", "/", "../../")]
    [InlineData("guides/a/index.html", "/guides/b/", "../b/")]
    [InlineData("guides/a/index.html", "/guides/b/#step-2", "../b/#step-2")]
    [InlineData("guides/a/index.html", "/guides/a/#step-2", "./#step-2")]
    [InlineData("index.html", "/guides/a/", "guides/a/")]
    [InlineData("index.html", "/#guides", "./#guides")]
    [InlineData("guides/a/index.html", "/assets/site.1234567890.css", "../../assets/site.1234567890.css")]
    [InlineData("guides/index.html", "/guides/a/", "a/")]
    [InlineData("guides/a/index.html", "/guides/", "../")]
    public void ALinkIsMadeRelativeToThePage(string from, string to, string expected) =>
        Assert.Equal(expected, Online.Relative(from, to));

    [Theory]
    [InlineData("index.html", "/", "index.html")]
    [InlineData("guides/a/index.html", "/", "../../index.html")]
    [InlineData("guides/a/index.html", "/guides/b/", "../b/index.html")]
    [InlineData("guides/a/index.html", "/guides/b/#step-2", "../b/index.html#step-2")]
    [InlineData("guides/a/index.html", "/assets/site.css", "../../assets/site.css")]
    public void AnOfflineLinkToAFolderEndsInIndexHtml(string from, string to, string expected) =>
        Assert.Equal(expected, Offline.Relative(from, to));

    [Theory]
    [InlineData("/guides/a/", "guides/a/index.html")]
    [InlineData("/", "index.html")]
    [InlineData("/assets/site.css", "assets/site.css")]
    public void APrettyUrlIsWrittenToAnIndexFile(string url, string destination) =>
        Assert.Equal(destination, PageUrls.DestinationOf(url));

    [Fact]
    public void AnAbsoluteUrlStartsWithTheBaseUrl() =>
        Assert.Equal("https://example.test/mend/guides/a/", Online.Absolute("/guides/a/"));
}
