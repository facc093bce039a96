using Mend.Site.Core;

namespace Mend.Site.Checks;

/// <summary>Checks the finished pages: one page per file, every internal link and anchor resolves, nothing loads from elsewhere.</summary>
public sealed class ChecksPipeline : Mend.Pipeline.Pipeline
{
    public ChecksPipeline(PageUrls urls) : base(nameof(ChecksPipeline))
    {
        Output = [new CheckUniqueDestinations(), new ValidateLinks(urls.BasePath)];
    }
}
