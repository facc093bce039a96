using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site.Tests.Templates;

/// <summary>The default theme built into Mend: used when a site has no themes folder, and the same as the folder.</summary>
public sealed class BuiltInThemeTests
{
    private static readonly (string, string)[] Guides =
    [
        ("guides/a.md", GuideText.Of("A", "## One {#one}\n\nSee [B](xref:b).\n")),
        ("guides/b.md", GuideText.Of("B")),
    ];

    /// <summary>A build with no --themes: a themes folder is looked for beside the input and in the current folder.</summary>
    private static Task<BuildReport> BuildWithoutThemesOption(TestSite site, string output)
    {
        Assert.False(Directory.Exists("themes"), "the tests' working folder has a themes folder, which a build would use");
        return SiteBuilder.BuildAsync(new BuildOptions(site.Input, output), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task WithNoThemesFolderTheSiteIsBuiltTheSameAsWithTheRepositorysTheme()
    {
        using var site = TestSite.With(Guides);
        await site.BuildCleanAsync();
        var builtIn = Path.Join(site.Root, "built-in");

        var report = await BuildWithoutThemesOption(site, builtIn);

        Assert.True(report.Diagnostics.Count == 0, string.Join('\n', report.Diagnostics));
        Assert.Equal(TestSite.Files(site.Output), TestSite.Files(builtIn));
    }

    [Fact]
    public void EveryFileOfTheThemeFolderIsBuiltIn()
    {
        var folder = Directory.EnumerateFiles(Path.Join(Repo.Themes, BuiltInTheme.Name), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Join(Repo.Themes, BuiltInTheme.Name), path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.') || part.EndsWith('~')))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(folder);
        Assert.All(folder, relative => Assert.True(BuiltInTheme.Contains(relative), $"{relative} is not built in"));
        Assert.All(folder, relative => Assert.Equal(
            File.ReadAllBytes(Path.Join(Repo.Themes, BuiltInTheme.Name, relative)), BuiltInTheme.Read(BuiltInTheme.PathOf(relative))));
    }

    [Fact]
    public async Task ASitesThemeFilesOverrideTheBuiltInTheme()
    {
        using var site = TestSite.With([.. Guides, ("_theme/assets/extra.css", "p { margin: 0; }\n")]);
        var output = Path.Join(site.Root, "built-in");

        var report = await BuildWithoutThemesOption(site, output);

        Assert.True(report.Diagnostics.Count == 0, string.Join('\n', report.Diagnostics));
        Assert.Single(Directory.GetFiles(Path.Join(output, "assets"), "extra*.css"));
        Assert.NotEmpty(Directory.GetFiles(Path.Join(output, "assets"), "site*.css"));
    }

    [Fact]
    public async Task AThemesFolderGivenWithoutTheThemeIsStillAnError()
    {
        using var site = TestSite.With(Guides);
        var empty = Path.Join(site.Root, "themes-elsewhere");
        Directory.CreateDirectory(empty);

        var report = await SiteBuilder.BuildAsync(new BuildOptions(site.Input, site.Output, ThemesDirectory: empty), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.MissingTheme, Assert.Single(report.Diagnostics).Code);
    }
}
