using Mend.Pipeline;

namespace Mend.Site.Modules;

/// <summary>Adds robots.txt: every crawler may read every page, and the sitemap is at its absolute URL.</summary>
public sealed class CreateRobotsTxt(PageUrls urls) : IModule
{
    public const string FileName = "robots.txt";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var robots = new Document
        {
            Destination = FileName,
            Content = $"User-agent: *\nAllow: /\nSitemap: {urls.Absolute("/" + CreateSitemap.FileName)}\n",
        };
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, robots]);
    }
}
