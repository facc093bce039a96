using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;

namespace Mend.Site.Home;

/// <summary>Creates the home page, whose model lists the pages <paramref name="guidesPipeline"/> read, in its order.</summary>
public sealed class CreateHomePage(SiteConfig site, string guidesPipeline) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        List<PageLink> guides = [.. context.InputsOf(guidesPipeline).Select(d => d.Get<Page>().Link)];
        IReadOnlyList<Document> Home() =>
        [
            PageDocument.Create(new Page(PageKind.Home, site.Title, site.Description, "/", "home") { Model = new HomeModel(guides) }),
        ];
        // The page depends on nothing but the guides' titles, summaries, doors and addresses, in order (and site.yml, which
        // starts a new cache when it changes).
        return context.Cache is { } cache ? cache.Whole(Fingerprint.Of(guides.Select(g => $"{g.Url} {g.Title} {g.Summary} {g.Door}")), Home) : Home();
    }
}
