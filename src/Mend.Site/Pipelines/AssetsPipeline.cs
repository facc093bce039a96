using Mend.Pipeline.Modules;
using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>The theme's CSS, scripts and images, copied to /assets/ under fingerprinted names.</summary>
public sealed class AssetsPipeline : Mend.Pipeline.Pipeline
{
    public AssetsPipeline(SiteContext site) : base("Assets")
    {
        Input.Add(new ReadThemeAssets(site.Templates.Theme));
        Process.Add(new FingerprintAssets(ReadThemeAssets.Folder));
        Output.Add(new WriteFiles(site.OutputDirectory));
    }
}
