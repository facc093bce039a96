using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;

namespace Mend.Site.Tests.Config;

public sealed class SiteConfigReaderTests
{
    private static (SiteConfig? Config, List<Diagnostic> Diagnostics, string File) Read(string siteYml, string? baseUrlOverride = null)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = siteYml });
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfigReader.Read(site.Input, baseUrlOverride, diagnostics);
        return (config, diagnostics, site.PathOf("site.yml"));
    }

    [Fact]
    public void AValidSiteYmlIsReadWithDefaultsForTheOptionalKeys()
    {
        var (config, diagnostics, _) = Read("title: Mend\ndescription: Guides.\nbase_url: https://example.test/mend\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteConfig("Mend", "Guides.", "https://example.test/mend/", "en", "default", null), config);
    }

    [Fact]
    public void TheBaseUrlOptionOverridesBaseUrlInSiteYml()
    {
        var (config, diagnostics, _) = Read(TestSite.SiteYml, "http://localhost:8080/");

        Assert.Empty(diagnostics);
        Assert.Equal("http://localhost:8080/", config!.BaseUrl);
    }

    [Fact]
    public void AMissingSiteYmlIsAnErrorNamingTheFileInTheInputFolder()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["guides/a.md"] = GuideText.Of("A") });
        var diagnostics = new List<Diagnostic>();

        Assert.Null(SiteConfigReader.Read(site.Input, null, diagnostics));

        var error = Assert.Single(diagnostics);
        Assert.Equal(ErrorCodes.MissingSiteConfig, error.Code);
        Assert.Equal(site.PathOf("site.yml"), error.File);
    }

    [Fact]
    public void AnUnknownKeyInSiteYmlIsAnErrorAtTheKey()
    {
        var (config, diagnostics, file) = Read("title: Mend\ndescription: D\nbase_url: https://example.test/\nlanguge: en\n");

        Assert.Null(config);
        Assert.Contains("'languge'", Diagnostics.Only(diagnostics, ErrorCodes.UnknownKey, file, 4, 1).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingBaseUrlIsAnErrorNamingTheKey()
    {
        var (config, diagnostics, file) = Read("title: Mend\ndescription: D\n");

        Assert.Null(config);
        Assert.Contains("'base_url'", Diagnostics.Only(diagnostics, ErrorCodes.MissingKey, file, 1, 1).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/docs/")]
    [InlineData("example.test/docs/")]
    [InlineData("ftp://example.test/docs/")]
    public void ABaseUrlThatIsNotAnAbsoluteHttpUrlIsAnErrorAtTheValue(string baseUrl)
    {
        var (config, diagnostics, file) = Read($"title: Mend\ndescription: D\nbase_url: {baseUrl}\n");

        Assert.Null(config);
        Assert.Contains(baseUrl, Diagnostics.Only(diagnostics, ErrorCodes.InvalidValue, file, 3, 11).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidBaseUrlOptionIsAnErrorWithoutAFile()
    {
        var (config, diagnostics, _) = Read(TestSite.SiteYml, "not a url");

        Assert.Null(config);
        var error = Diagnostics.Only(diagnostics, ErrorCodes.InvalidValue, null, 0, 0);
        Assert.Contains("--base-url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidYamlInSiteYmlIsASyntaxErrorAtItsPlace()
    {
        var (config, diagnostics, file) = Read("title: Mend: guides\ndescription: D\nbase_url: https://example.test/\n");

        Assert.Null(config);
        Diagnostics.Only(diagnostics, ErrorCodes.YamlSyntax, file, 1, 12);
    }

    [Fact]
    public void ADescriptionThatIsAListIsAWrongTypeErrorAtTheValue()
    {
        var (_, diagnostics, file) = Read("title: Mend\ndescription:\n  - one\nbase_url: https://example.test/\n");

        Diagnostics.Only(diagnostics, ErrorCodes.WrongType, file, 3, 3);
    }

    [Fact]
    public async Task ASiteWhoseThemeDoesNotExistFailsNamingSiteYml()
    {
        using var site = TestSite.With(("site.yml", TestSite.SiteYml + "\ntheme: no-such-theme\n"), ("guides/a.md", GuideText.Of("A")));

        var report = await site.BuildAsync();

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal((ErrorCodes.MissingTheme, site.PathOf("site.yml")), (error.Code, error.File?.Replace('\\', '/')));
        Assert.False(Directory.Exists(site.Output));
    }
}
