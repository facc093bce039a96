using System.Text;

namespace Mend.Site.Tests.Sites;

/// <summary>
/// What site.yml's <c>safety</c> block puts on pages: the line for a reader in danger in every footer, the numbers
/// and helpline note in the safety guide's support box, and a referrer policy that sends no page's address on.
/// </summary>
public sealed class SafetyLineTests
{
    private const string WithNumbers = TestSite.SiteYml + """

        safety:
          emergency:
            - { region: EU, number: "112" }
            - { region: Australia, number: "000" }
          helpline_note: Ask a doctor you trust for a local helpline.
        """;

    private static string Safety() => GuideText.Of("When repair is not safe", extra: "id: safety\n");

    [Fact]
    public async Task EveryPageOfTheRealSiteHasTheLineForAReaderInDangerTheQuickExitAndNoReferrer()
    {
        using var site = new TestSite(new Dictionary<string, string>());
        var report = await SiteBuilder.BuildAsync(
            new BuildOptions(Path.Join(Repo.Root, "input"), site.Output, null, false, Repo.Themes), TestContext.Current.CancellationToken);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));

        var pages = TestSite.Files(site.Output).Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages were built");
        foreach (var (path, bytes) in pages)
        {
            var html = PageHtml.Parse(Encoding.UTF8.GetString(bytes));
            var line = html.QuerySelector("footer.site-footer .in-danger");
            Assert.True(line is not null, $"{path} has no line for a reader in danger in its footer");
            Assert.StartsWith("In danger now? Call 112 (EU), 911 (US and Canada), 999 (UK), 000 (Australia), or your local emergency number.",
                line.TextContent, StringComparison.Ordinal);
            Assert.Equal("When repair is not safe →", line.QuerySelector("a")?.TextContent);
            Assert.Equal("quick-exit", html.Body!.FirstElementChild!.ClassName);
            Assert.Equal("no-referrer", html.QuerySelector("meta[name=referrer]")?.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task TheFooterLineListsTheNumbersAsWrittenAndLinksTheSafetyGuide()
    {
        using var site = TestSite.With(("site.yml", WithNumbers), ("guides/safety.md", Safety()), ("guides/other.md", GuideText.Of("Other")));

        await site.BuildCleanAsync();

        var line = PageHtml.Parse(site.ReadOutput("guides/other/index.html")).QuerySelector(".site-footer .in-danger")!;
        Assert.Equal("In danger now? Call 112 (EU), 000 (Australia), or your local emergency number. When repair is not safe →", line.TextContent);
        Assert.Equal([("../safety/", "When repair is not safe →")], Navigation.Links(line, "a"));
    }

    [Fact]
    public async Task WithoutNumbersThereIsNoFooterLine()
    {
        using var site = TestSite.With(("guides/safety.md", Safety()));

        await site.BuildCleanAsync();

        Assert.Null(PageHtml.Parse(site.ReadOutput("index.html")).QuerySelector(".in-danger"));
    }

    [Fact]
    public async Task TheSafetyGuidesSupportBoxShowsTheNumbersAndTheHelplineNoteWithoutASupportNote()
    {
        using var site = TestSite.With(("site.yml", WithNumbers), ("guides/safety.md", Safety()), ("guides/other.md", GuideText.Of("Other")));

        await site.BuildCleanAsync();

        var box = PageHtml.Parse(site.ReadOutput("guides/safety/index.html")).QuerySelector("article aside.support-note")!;
        Assert.Equal(["EU: 112", "Australia: 000"], box.QuerySelectorAll(".emergency-numbers li").Select(li => li.TextContent));
        Assert.Contains("Ask a doctor you trust for a local helpline.", box.TextContent, StringComparison.Ordinal);
        Assert.Null(PageHtml.Parse(site.ReadOutput("guides/other/index.html")).QuerySelector(".support-note"));
    }
}
