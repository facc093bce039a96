using Mend.Pipeline;

namespace Mend.Site.Tests.Reviews;

/// <summary>MEND305: a review_due date before the build date, which a build can be given.</summary>
public sealed class OverdueReviewTests
{
    private const string Guide = "---\ntitle: Alpha\nsummary: The first.\nreviewed: 2026-11-30\nreview_due: 2027-11-30\n---\nBody.\n";

    [Fact]
    public async Task AReviewDueTheDayBeforeTheBuildDateIsAWarningAtTheDate()
    {
        using var site = TestSite.With(("guides/alpha.md", Guide));

        var report = await site.BuildAsync(today: new DateOnly(2027, 12, 1));

        Assert.True(report.Succeeded);
        var warning = Assert.Single(report.Diagnostics);
        var (line, column) = TextPosition.Of(Guide, "2027-11-30");
        Assert.Equal((Severity.Warning, "MEND305", site.PathOf("guides/alpha.md"), line, column),
            (warning.Severity, warning.Code, warning.File, warning.Line, warning.Column));
        Assert.Contains("2027-11-30", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2027-12-01", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2027, 11, 30)]
    [InlineData(2026, 12, 1)]
    public async Task AReviewDueOnOrAfterTheBuildDateGivesNoWarning(int year, int month, int day)
    {
        using var site = TestSite.With(("guides/alpha.md", Guide));

        var report = await site.BuildAsync(today: new DateOnly(year, month, day));

        Assert.Empty(report.Diagnostics);
    }
}
