using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;

namespace Mend.Site.Tests.Config;

/// <summary>What <see cref="SiteConfigReader"/> reads; which site.yml errors it reports, and where, is in Specs/site.</summary>
public sealed class SiteConfigReaderTests
{
    private static (SiteConfig? Config, List<Diagnostic> Diagnostics) Read(string siteYml, string? baseUrlOverride = null)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = siteYml });
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfigReader.Read(site.Input, baseUrlOverride, diagnostics);
        return (config, diagnostics);
    }

    [Fact]
    public void AValidSiteYmlIsReadWithDefaultsForTheOptionalKeys()
    {
        const string yaml = "title: Mend\ndescription: Guides.\nbase_url: https://example.test/mend\n";

        var (config, diagnostics) = Read(yaml);

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteConfig("Mend", "Guides.", "https://example.test/mend/", "en", "default", null, new YamlText(yaml)), config);
    }

    [Fact]
    public void ATaglineIsRead()
    {
        var (config, diagnostics) = Read("title: Mend\ndescription: Guides.\nbase_url: https://example.test/\ntagline: Mending after a hurt\n");

        Assert.Empty(diagnostics);
        Assert.Equal("Mending after a hurt", config!.Tagline);
    }

    [Fact]
    public void WithoutASafetyBlockTheQuickExitIsOnEveryPageAndGoesToTheDefaultPage()
    {
        var (config, _) = Read(TestSite.SiteYml);

        Assert.Same(SafetySettings.None, config!.Safety);
        Assert.Equal(new QuickExitSettings("https://www.bbc.co.uk/weather", OnEveryPage: true), config.Safety.QuickExit);
        Assert.False(config.Safety.HasContacts);
    }

    [Fact]
    public void TheSafetyBlockIsReadWithItsNumbersAsWritten()
    {
        var (config, diagnostics) = Read(TestSite.SiteYml + """

            safety:
              emergency:
                - { region: EU, number: "112" }
                - { region: Australia, number: "000" }
              helpline_note: Look for a "domestic abuse helpline" where you live.
              quick_exit:
                url: https://weather.example/
                pages: sensitive
            """);

        Assert.Empty(diagnostics);
        var safety = config!.Safety;
        Assert.Equal([new EmergencyNumber("EU", "112"), new EmergencyNumber("Australia", "000")], safety.Emergency);
        Assert.Equal("Look for a \u201Cdomestic abuse helpline\u201D where you live.", safety.HelplineNote);
        Assert.Equal(new QuickExitSettings("https://weather.example/", OnEveryPage: false), safety.QuickExit);
    }

    [Fact]
    public void AQuickExitWithoutPagesIsOnEveryPage()
    {
        var (config, diagnostics) = Read(TestSite.SiteYml + "\nsafety:\n  quick_exit:\n    url: http://localhost:9/away\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new QuickExitSettings("http://localhost:9/away", OnEveryPage: true), config!.Safety.QuickExit);
    }

    [Fact]
    public void TheBaseUrlOptionOverridesBaseUrlInSiteYml()
    {
        var (config, diagnostics) = Read(TestSite.SiteYml, "http://localhost:8080/");

        Assert.Empty(diagnostics);
        Assert.Equal("http://localhost:8080/", config!.BaseUrl);
    }

    [Theory]
    [InlineData("title: Mend\ndescription: D\nbase_url: https://example.test/\nlanguge: en\n", null)]
    [InlineData("title: Mend\ndescription: D\n", null)]
    [InlineData("title: Mend\ndescription: D\nbase_url: /docs/\n", null)]
    [InlineData("title: Mend\ndescription: D\nbase_url: example.test/docs/\n", null)]
    [InlineData("title: Mend\ndescription: D\nbase_url: ftp://example.test/docs/\n", null)]
    [InlineData("title: Mend: guides\ndescription: D\nbase_url: https://example.test/\n", null)]
    [InlineData(TestSite.SiteYml, "not a url")]
    public void ASiteYmlOrBaseUrlOptionWithAnErrorGivesNoConfig(string siteYml, string? baseUrlOverride)
    {
        var (config, diagnostics) = Read(siteYml, baseUrlOverride);

        Assert.Null(config);
        Assert.NotEmpty(diagnostics);
    }

    [Theory]
    [InlineData("https://example.test/\nDisallow: /", @"https://example.test/\nDisallow: /")]
    [InlineData("https://example.test/\r\n", @"https://example.test/\r\n")]
    [InlineData("https://example.test/docs\t/", @"https://example.test/docs\t/")]
    [InlineData(" https://example.test/", " https://example.test/")]
    public void ABaseUrlOptionWithALineBreakOrSpaceIsAnErrorOnOneLine(string baseUrlOverride, string shown)
    {
        var (config, diagnostics) = Read(TestSite.SiteYml, baseUrlOverride);

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(
            ("MEND106", null, $"--base-url: base URL '{shown}' must not contain spaces, tabs or line breaks"),
            (error.Code, error.File, error.Message));
    }

    [Fact]
    public void AMissingSiteYmlGivesNoConfig()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["guides/a.md"] = GuideText.Of("A") });
        var diagnostics = new List<Diagnostic>();

        Assert.Null(SiteConfigReader.Read(site.Input, null, diagnostics));
        Assert.NotEmpty(diagnostics);
    }
}
