using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;

namespace Mend.Site.Home;

/// <summary>Creates the home page, whose model lists the pages <paramref name="guidesPipeline"/> read, in its order.</summary>
public sealed class CreateHomePage(SiteConfig site, string guidesPipeline) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context) =>
    [
        PageDocument.Create(new Page(PageKind.Home, site.Title, site.Description, "/", "home")
        {
            Model = new HomeModel([.. context.InputsOf(guidesPipeline).Select(d => d.Get<Page>().Link)]),
        }),
    ];
}
