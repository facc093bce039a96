using Mend.Pipeline.Modules;
using Mend.Site.Core;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.Guides;

/// <summary>
/// input/guides/*.md to pages at /guides/ID/, in reading order; each cited section lists the pages of
/// <paramref name="citingPipelines"/> that cite it.
/// </summary>
public sealed class GuidesPipeline : Mend.Pipeline.Pipeline
{
    public GuidesPipeline(SiteContext site, params string[] citingPipelines) : base(nameof(GuidesPipeline), nameof(XrefsPipeline))
    {
        Input = [new ReadFiles(InputRules.Files, site.InputDirectory, "guides", "*.md"), new ParseGuides(), new RenderMarkdown(site.Templates.Strings.MarkdownWords()), new OrderGuides()];
        Process =
        [
            new EditGuideHtml(new ResolveXrefs(site.Urls), new AddBacklinks(site.Urls, site.Templates.Strings, citingPipelines)),
            new AddSupportNote(site.Urls, site.Config, site.Templates.Strings.MarkdownWords()),
            new AddSafetyNote(site.Urls, site.Templates.Strings.MarkdownWords()),
        ];
        PostProcess = [new ApplyLayout(site.Templates, site.Config, site.Urls)];
        Output = site.Writers;
    }
}
