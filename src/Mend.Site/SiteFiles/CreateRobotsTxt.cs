using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.SiteFiles;

/// <summary>Adds robots.txt: every crawler may read every page, and the sitemap is at its absolute URL.</summary>
public sealed class CreateRobotsTxt(PageUrls urls) : DocumentModule
{
    public const string FileName = "robots.txt";

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context) =>
    [
        .. inputs,
        new Document { Destination = FileName, Content = $"User-agent: *\nAllow: /\nSitemap: {urls.Absolute("/" + CreateSitemap.FileName)}\n" },
    ];
}
