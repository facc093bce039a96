
namespace Mend.Site.Assets;

/// <summary>The theme's CSS, scripts and images, copied to /assets/ under fingerprinted names.</summary>
public sealed class AssetsPipeline : Mend.Pipeline.Pipeline
{
    public AssetsPipeline(SiteContext site) : base(nameof(AssetsPipeline))
    {
        Input = [new ReadThemeAssets(site.Templates.Theme)];
        Process = [new FingerprintAssets(site.FingerprintsAssets)];
        Output = site.Writers;
    }
}
