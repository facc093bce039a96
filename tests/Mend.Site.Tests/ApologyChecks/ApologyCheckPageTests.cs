namespace Mend.Site.Tests.ApologyChecks;

/// <summary>The apology checker's page; what makes its file invalid is in Specs/apology-checks.</summary>
public sealed class ApologyCheckPageTests
{
    private const string Checks = """
        checks:
          - id: conditional
            kind: pattern
            title: An “if”
            patterns: [if i hurt you, if anything i * hurt you]
            explanation: An “if” doubts their hurt.
            better: I'm sorry I hurt you.
          - id: change
            kind: missing
            title: What will change
            patterns: [i will]
            explanation: Say what you will do.
            better: Next time I'll ask first.
        """;

    private const string Guide = "---\ntitle: Steps\nsummary: The steps.\nid: steps\n---\nSee [the checker](xref:apology-check#check-change).\n";

    [Fact]
    public async Task TheChecksBecomeAChecklistWithTheirPatternsForTheScriptAndAHiddenForm()
    {
        using var site = TestSite.With(("apology-checks.yml", Checks));

        await site.BuildCleanAsync();

        var page = Sites.PageHtml.Parse(site.ReadOutput("apology-check/index.html"));
        var checks = page.QuerySelectorAll("li.apology-check");
        Assert.Equal(["conditional", "change"], checks.Select(c => c.GetAttribute("data-check")));
        Assert.Equal(["pattern", "missing"], checks.Select(c => c.GetAttribute("data-kind")));
        Assert.Equal("if i hurt you|if anything i * hurt you", checks[0].GetAttribute("data-patterns"));
        Assert.Equal("An “if” doubts their hurt.", checks[0].QuerySelector(".apology-check-explanation")?.TextContent);
        Assert.Contains("I’m sorry I hurt you.", checks[0].QuerySelector(".apology-check-better")?.TextContent);
        Assert.True(page.QuerySelector("[data-apology-checker]")?.HasAttribute("hidden"));
        Assert.NotNull(page.QuerySelector("[data-apology-results][aria-live]"));
        Assert.Single(page.QuerySelectorAll("script[src*='apology-check']"));
    }

    [Fact]
    public async Task AGuideLinksThePageAndItsChecksById()
    {
        using var site = TestSite.With(("apology-checks.yml", Checks), ("guides/steps.md", Guide));

        await site.BuildCleanAsync();

        var guide = Sites.PageHtml.Parse(site.ReadOutput("guides/steps/index.html"));
        Assert.Equal("../../apology-check/#check-change", guide.QuerySelector("main a[href*='apology-check']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ALayoutFindsThePageWithPageById()
    {
        using var site = TestSite.With(("apology-checks.yml", Checks), ("guides/steps.md", Guide),
            ("_theme/layouts/partials/footer.sbn",
                "{{ checker = page_by_id \"apology-check\" }}<footer><a href=\"{{ url checker.url }}\">{{ checker.title }}</a></footer>\n"));

        await site.BuildCleanAsync();

        var link = Sites.PageHtml.Parse(site.ReadOutput("guides/steps/index.html")).QuerySelector("footer a");
        Assert.Equal("../../apology-check/", link?.GetAttribute("href"));
        Assert.Equal("Check an apology", link?.TextContent);
    }

    [Fact]
    public async Task ASiteWithoutTheFileHasNoCheckerPage()
    {
        using var site = TestSite.With(("guides/steps.md", Guide.Replace("xref:apology-check#check-change", "#", StringComparison.Ordinal)));

        await site.BuildCleanAsync();

        Assert.False(File.Exists(Path.Join(site.Output, "apology-check", "index.html")));
    }

    [Fact]
    public async Task OnlyTheCheckerPageLoadsItsScript()
    {
        using var site = TestSite.With(("apology-checks.yml", Checks), ("guides/steps.md", Guide));

        await site.BuildCleanAsync();

        Assert.Empty(Sites.PageHtml.Parse(site.ReadOutput("guides/steps/index.html")).QuerySelectorAll("script[src*='apology-check']"));
    }
}
