using Mend.Site.Core;

namespace Mend.Site.Tests.Checks;

/// <summary>Files in the input folder that nothing reads are a warning each, naming the file.</summary>
public sealed class UnreadInputsTests
{
    [Fact]
    public async Task EachFileNothingReadsIsAWarningThatNamesIt()
    {
        using var site = TestSite.With(
            ("guides/a.md", GuideText.Of("A")),
            ("catalogs/ruptures.yaml", "kind: ruptures\n"),
            ("guides/drafts/b.md", GuideText.Of("B")),
            ("notes.txt", "to do\n"));

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded);
        Assert.Equal(
            [site.PathOf("catalogs/ruptures.yaml"), site.PathOf("guides/drafts/b.md"), site.PathOf("notes.txt")],
            report.Diagnostics.Where(d => d.Code == ErrorCodes.UnreadInput && !d.IsError).Select(d => d.File));
    }

    [Fact]
    public async Task WhatTheBuildReadsHiddenFilesBackupsReadmesAndThemeOverridesAreNotWarnedAbout()
    {
        using var site = TestSite.With(
            ("guides/a.md", GuideText.Of("A")),
            ("guides/.a.md.swp", "editor state"),
            ("guides/a.md~", "backup"),
            (".gitkeep", ""),
            ("README.md", "# Notes for authors\n"),
            ("_theme/assets/extra.css", "p { color: black; }\n"));

        var report = await site.BuildAsync();

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == ErrorCodes.UnreadInput);
    }
}
