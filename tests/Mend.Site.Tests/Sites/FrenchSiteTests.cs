using Mend.Site.Search;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Sites;

/// <summary>The French fixture (tests/fixtures/french): a site whose language is fr gets the French interface.</summary>
public sealed class FrenchSiteTests : IDisposable
{
    private readonly string _output = Path.Join(Path.GetTempPath(), "mend-site-tests", Guid.NewGuid().ToString("N"), "output");

    private static string Input => Path.Join(Repo.Fixtures, "french", "input");

    public void Dispose()
    {
        var root = Path.GetDirectoryName(_output)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task BuildAsync()
    {
        var report = await SiteBuilder.BuildAsync(new BuildOptions(Input, _output, null, false, Repo.Themes), TestContext.Current.CancellationToken);
        Assert.True(report.Diagnostics.Count == 0, string.Join('\n', report.Diagnostics));
    }

    private string Page(string relative) => File.ReadAllText(Path.Join(_output, relative));

    [Fact]
    public async Task EveryPageIsInFrenchWithItsInterfaceTextAndDates()
    {
        await BuildAsync();

        var guide = PageHtml.Parse(Page("guides/reparer/index.html"));
        Assert.Equal("fr", guide.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aller au contenu", guide.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Rechercher sur le site", guide.QuerySelector("label[for=search-box-input]")!.TextContent);
        Assert.Equal("Relu le 30 novembre 2026 par Équipe de relecture", guide.QuerySelector(".reviewed")!.TextContent);
        Assert.Contains("\"search_no_results\":\"Aucun résultat\"", guide.Body!.GetAttribute("data-strings"), StringComparison.Ordinal);
        Assert.Contains("xml:lang=\"fr\"", Page("feed.xml"), StringComparison.Ordinal);
        Assert.Equal("Étape 2 :", guide.QuerySelectorAll(".step-number")[1].TextContent);
        Assert.Equal("Les étapes en un coup d'œil", guide.QuerySelector(".steps-summary")!.GetAttribute("aria-label"));
        Assert.Equal("Astuce", guide.QuerySelector(".callout-tip .callout-title")!.TextContent);
        Assert.Contains("Étape 1 : Reconnaître ce qui s\u2019est passé", guide.QuerySelectorAll(".on-this-page a").Select(a => a.TextContent));
        Assert.DoesNotContain("Skip to content", string.Concat(Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACalloutInACatalogsMarkdownFieldHasItsTitleInTheSitesLanguage()
    {
        using var site = TestSite.With(
            ("site.yml", "title: Réparer\ndescription: Des guides.\nbase_url: https://example.test/\nlanguage: fr\n"),
            ("guides/steps.md", StepsGuide),
            ("catalogs/ruptures.yml", RuptureCatalog([("minor", "Petites blessures")],
                Rupture("late", "En retard", scenario: "|\n      > [!TIP]\n      > Respirez d'abord."))));
        await site.BuildCleanAsync();

        var entry = PageHtml.Parse(site.ReadOutput("ruptures/late/index.html"));
        Assert.Equal("Astuce", entry.QuerySelector(".callout-tip .callout-title")?.TextContent);
    }

    [Fact]
    public void SearchFoldsAccentsSoAWordMatchesWithOrWithoutThem()
    {
        Assert.Equal(SearchTokenizer.Tokens("réparer Écouter"), SearchTokenizer.Tokens("reparer ecouter"));
        Assert.Equal(["reparer", "ecouter"], SearchTokenizer.Tokens("Réparer ÉCOUTER"));
    }
}
