using Mend.Site.Core;

namespace Mend.Site.Checks;

/// <summary>
/// Checks the finished pages: one page per file, every internal link and anchor resolves, nothing loads from elsewhere,
/// and warns of a review that was due before <paramref name="today"/>.
/// </summary>
public sealed class ChecksPipeline : Mend.Pipeline.Pipeline
{
    public ChecksPipeline(PageUrls urls, DateOnly today) : base(nameof(ChecksPipeline))
    {
        Output = [new CheckUniqueDestinations(), new ValidateLinks(urls.BasePath), new WarnOverdueReviews(today)];
    }
}
