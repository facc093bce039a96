using System.Text.RegularExpressions;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Strings;
using Mend.Site.Templates;

namespace Mend.Site.Tests.Strings;

/// <summary>The theme's strings files: which one a site's language picks, and what is an error.</summary>
public sealed partial class InterfaceStringsTests
{
    private static string ThemeFile(string relative) => Path.Join(Repo.Themes, "default", relative);

    private static string English => File.ReadAllText(ThemeFile("i18n/en.yml"));

    private static string SiteYml(string language) => TestSite.SiteYml + $"\nlanguage: {language}\n";

    private static InterfaceStrings Read(string language)
    {
        var problems = new List<Diagnostic>();
        var strings = InterfaceStringsReader.Read([new ThemeFiles("no-input", ThemeFile(""))], language, null, problems);
        Assert.True(strings is not null, string.Join('\n', problems));
        return strings;
    }

    [Fact]
    public async Task ALanguageWithNoStringsFileIsAnErrorAtItsKeyInSiteYml()
    {
        using var site = TestSite.With(("site.yml", SiteYml("de")));

        var report = await site.BuildAsync();

        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.MissingLanguage, site.PathOf("site.yml"), 4, 11);
        Assert.Contains("i18n/de.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AThemeWithoutStringsTakesThoseOfTheThemeBuiltIntoMend()
    {
        var olderTheme = Directory.CreateTempSubdirectory("mend-theme-without-i18n-");
        try
        {
            var problems = new List<Diagnostic>();
            var strings = InterfaceStringsReader.Read(
                [new ThemeFiles("no-input", olderTheme.FullName), ThemeFiles.BuiltIn("no-input")], "fr", null, problems);

            Assert.True(strings is not null, string.Join('\n', problems));
            Assert.Equal("Aller au contenu", strings.Text("skip_to_content"));
        }
        finally
        {
            olderTheme.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ARegionalLanguageFallsBackToItsLanguageAndKeepsItsOwnTagOnThePage()
    {
        using var site = TestSite.With(("site.yml", SiteYml("pt-BR")),
            ("_theme/i18n/pt.yml", English.Replace("skip_to_content: Skip to content", "skip_to_content: Pular para o conteúdo", StringComparison.Ordinal)));

        await site.BuildCleanAsync();

        var home = site.ReadOutput("index.html");
        Assert.Contains("<html lang=\"pt-BR\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\">Pular para o conte&#250;do</a>", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStringsFileWithoutAKeyOfTheEnglishOneIsAnErrorNamingTheKeyAndTheFile()
    {
        var french = File.ReadAllText(ThemeFile("i18n/fr.yml"));
        using var site = TestSite.With(("site.yml", SiteYml("fr")),
            ("_theme/i18n/fr.yml", french.Replace("sources: Sources\n", "", StringComparison.Ordinal)));

        var report = await site.BuildAsync();

        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.MissingString, site.PathOf("_theme/i18n/fr.yml"), 1, 1);
        Assert.Contains("'sources'", error.Message, StringComparison.Ordinal);
        Assert.Contains("en.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishFileWithoutAStringMendsOwnPagesWriteIsAnErrorNamingTheKeyNotAnInternalError()
    {
        using var site = TestSite.With(("_theme/i18n/en.yml", English.Replace("step_number:", "# step_number:", StringComparison.Ordinal)));

        var report = await site.BuildAsync();

        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.MissingString, site.PathOf("_theme/i18n/en.yml"), 1, 1);
        Assert.Contains("'step_number'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATemplateAskingForAStringTheFileLacksIsAnErrorAtTheCall()
    {
        const string layout = "<h1>{{ page.title }}</h1>\n<p>{{ t \"no_such_string\" }}</p>\n";
        using var site = TestSite.With(("_theme/layouts/not-found.sbn", layout));

        var report = await site.BuildAsync();

        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.MissingString, site.PathOf("_theme/layouts/not-found.sbn"), 2, 7);
        Assert.Contains("'no_such_string'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryStringTheTemplatesAskForIsInTheEnglishFile()
    {
        var english = Read("en");
        var asked = Directory.EnumerateFiles(ThemeFile("layouts"), "*.sbn", SearchOption.AllDirectories)
            .SelectMany(file => TemplateCall().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.True(asked.Count > 40, $"found only {asked.Count} strings in the templates");
        var missing = asked.Where(key => !english.Has(key)).ToList();
        Assert.True(missing.Count == 0, $"not in en.yml: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryStringTheScriptsAskForIsInTheEnglishFilesScriptGroup()
    {
        var scripts = Read("en").ScriptStrings();
        // Every key-like literal on a line that asks dom.text, so that both keys of a ternary count.
        var asked = Directory.EnumerateFiles(ThemeFile("assets"), "*.js")
            .SelectMany(File.ReadLines)
            .Where(line => line.Contains("dom.text(", StringComparison.Ordinal))
            .SelectMany(line => ScriptKey().Matches(line).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.True(asked.Count >= 35, $"found only {asked.Count} strings in the scripts");
        var missing = asked.Where(key => !scripts.ContainsKey(key)).ToList();
        Assert.True(missing.Count == 0, $"not in en.yml's script group: {string.Join(", ", missing)}");
    }

    [Fact]
    public void TheFrenchFileHasEveryKeyOfTheEnglishOneAndNoOther()
    {
        Assert.Equal(
            Read("en").Entries.Keys.Order(StringComparer.Ordinal),
            Read("fr").Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DatesAndCountsFollowTheLanguage()
    {
        var date = new DateOnly(2026, 11, 30);
        Assert.Equal("30 November 2026", Read("en").Date(date));
        Assert.Equal("30 novembre 2026", Read("fr").Date(date));
        Assert.Equal("1 result", Read("en").Text("script.search_results", 1));
        Assert.Equal("0 results", Read("en").Text("script.search_results", 0));
        Assert.Equal("0 résultat", Read("fr").Text("script.search_results", 0));
        Assert.Equal("2 résultats", Read("fr").Text("script.search_results", 2));
    }

    [GeneratedRegex("""\bt "([a-z0-9_.]+)"\s*[0-9a-z_.]*\s*}}""")]
    private static partial Regex TemplateCall();

    [GeneratedRegex("""["']([a-z]+_[a-z0-9_]+)["']""")]
    private static partial Regex ScriptKey();
}
