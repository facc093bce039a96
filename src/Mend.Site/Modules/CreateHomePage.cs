using Mend.Pipeline;
using Mend.Site.Content;
using Mend.Site.Templates;

namespace Mend.Site.Modules;

/// <summary>Creates the home page, whose model lists the guides it can see in reading order.</summary>
public sealed class CreateHomePage(SiteConfig site, string guidesPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var guides = GuideOrder.Sort(context.OutputsOf(guidesPipeline).Select(d => d.Get(Keys.Guide)))
            .Select(g => new PageLink(g.Title, g.Summary, g.Url))
            .ToList();
        var home = new Document { Destination = "index.html" }
            .WithMetadata(Keys.Title, site.Title)
            .WithMetadata(Keys.Description, site.Description)
            .WithMetadata(Keys.Layout, "home")
            .WithMetadata(Keys.Model, new { Guides = guides });
        return Task.FromResult<IReadOnlyList<Document>>([home]);
    }
}
