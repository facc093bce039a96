using Mend.Pipeline.Modules;
using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>The search index: every guide section and catalog entry, as a fingerprinted script in /assets/.</summary>
public sealed class SearchPipeline : Mend.Pipeline.Pipeline
{
    public SearchPipeline(SiteContext site, params string[] contentPipelines) : base("Search", contentPipelines)
    {
        Process.Add(new BuildSearchIndex(site.Urls, contentPipelines));
        Process.Add(new FingerprintAssets(ReadThemeAssets.Folder));
        Output.Add(new WriteFiles(site.OutputDirectory));
    }
}
