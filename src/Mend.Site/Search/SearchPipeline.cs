using Mend.Pipeline.Modules;
using Mend.Site.Assets;
using Mend.Site.Core;
using Mend.Site.Safety;
using Mend.Site.Templates;

namespace Mend.Site.Search;

/// <summary>
/// The search index, built from the finished content of <paramref name="contentPipelines"/> and the site's
/// <c>search.yml</c>, if it has one, as a fingerprinted script in /assets/, and the search page.
/// </summary>
public sealed class SearchPipeline : Mend.Pipeline.Pipeline
{
    public SearchPipeline(SiteContext site, params string[] contentPipelines) : base(nameof(SearchPipeline), contentPipelines)
    {
        var names = new FingerprintAssets(site.FingerprintsAssets);
        Input = [new ReadFiles(InputRules.Files, site.InputDirectory, "", SearchSettingsReader.FileName), new ParseSearchSettings()];
        // The danger-word check reads the same settings, before the index takes them.
        Process = [new WarnDangerWordsWithoutSafety(contentPipelines), new BuildSearchIndex(site.Urls, site.Templates.Strings, names, contentPipelines), names, new AddPage(SearchPage.Of(site.Templates.Strings))];
        PostProcess = [new ApplyLayout(site.Templates, site.Config, site.Urls)];
        Output = site.Writers;
    }
}
