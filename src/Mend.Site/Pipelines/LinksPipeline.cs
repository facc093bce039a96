using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>Checks the finished pages: one page per file, every internal link and anchor resolves, nothing loads from elsewhere.</summary>
public sealed class LinksPipeline : Mend.Pipeline.Pipeline
{
    public LinksPipeline(PageUrls urls) : base("Links")
    {
        Output.Add(new CheckUniqueDestinations());
        Output.Add(new ValidateLinks(urls.BasePath));
    }
}
