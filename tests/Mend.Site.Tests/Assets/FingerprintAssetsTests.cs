using System.Collections.Immutable;
using System.Text;
using Mend.Pipeline;
using Mend.Site.Assets;
using Mend.Site.Core;

namespace Mend.Site.Tests.Assets;

public sealed class FingerprintAssetsTests
{
    private static async Task<Document> Fingerprint(string name, string content, bool fingerprints = true)
    {
        var asset = new Document { Source = $"themes/default/assets/{name}", Bytes = [.. Encoding.UTF8.GetBytes(content)] }.With(new Asset(name));
        return Assert.Single(await new FingerprintAssets(fingerprints).ExecuteAsync([asset], new FakeContext()));
    }

    [Theory]
    [InlineData("site.css", "assets/site.css")]
    [InlineData("js/search.min.js", "assets/js/search.min.js")]
    public async Task ForAPreviewAnAssetKeepsItsPlainName(string name, string expected) =>
        Assert.Equal(expected, (await Fingerprint(name, "abc", fingerprints: false)).Destination);

    [Theory]
    [InlineData("site.css", "abc", "assets/site.ba7816bf8f.css")]
    [InlineData("site.css", "abd", "assets/site.a52d159f26.css")]
    [InlineData("js/search.min.js", "abc", "assets/js/search.min.ba7816bf8f.js")]
    [InlineData("LICENSE", "abc", "assets/LICENSE.ba7816bf8f")]
    public async Task AnAssetIsWrittenUnderAssetsWithTheFirstTenHexDigitsOfItsSha256BeforeItsExtension(string name, string content, string expected)
    {
        var output = await Fingerprint(name, content);

        Assert.Equal(expected, output.Destination);
    }

    [Fact]
    public async Task TheAssetKeepsItsNameAndBytes()
    {
        var output = await Fingerprint("site.css", "abc");

        Assert.Equal(new Asset("site.css"), output.Get<Asset>());
        Assert.Equal(ImmutableArray.Create("abc"u8.ToArray()), output.Bytes!.Value);
    }
}
