using System.Text;
using Mend.Site.Core;

namespace Mend.Site.Tests;

/// <summary>Files a build must refuse to read or publish, each refused at its place, with the previous output kept.</summary>
public sealed class InputFilesTests
{
    private static TestSite GoodSite() => TestSite.With(("guides/a.md", GuideText.Of("Alpha")));

    [Fact]
    public async Task AControlCharacterInATitleIsAnErrorAtItsPlaceNotACrashOfTheFeed()
    {
        using var site = GoodSite();
        site.Write("guides/b.md", "---\ntitle: Bad\u0001 title\nsummary: S.\n---\nText.\n");

        var report = await site.BuildAsync();

        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidEncoding, site.PathOf("guides/b.md"), 2, 11);
        Assert.Contains("U+0001", error.Message, StringComparison.Ordinal);
        Assert.Single(report.Diagnostics);
    }

    [Fact]
    public async Task InvalidUtf8IsAnErrorAtTheBadByteNotReplacedInSilence()
    {
        using var site = GoodSite();
        File.WriteAllBytes(Path.Join(site.Input, "guides", "b.md"),
            [.. Encoding.UTF8.GetBytes("---\ntitle: Caf"), 0xE9, .. Encoding.UTF8.GetBytes("\nsummary: S.\n---\nText.\n")]);

        var report = await site.BuildAsync();

        Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidEncoding, site.PathOf("guides/b.md"), 2, 11);
        Assert.Single(report.Diagnostics);
    }

    [Fact]
    public async Task SiteYmlIsReadAsStrictlyAsEveryOtherFile()
    {
        using var site = GoodSite();
        site.Write("site.yml", TestSite.SiteYml + "\nlanguage: e\u007Fn\n");

        var report = await site.BuildAsync();

        Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidEncoding, site.PathOf("site.yml"), 4, 12);
        Assert.Single(report.Diagnostics);
    }

    [Fact]
    public async Task AFileLargerThanTheLimitIsRefusedWithoutBeingRead()
    {
        using var site = GoodSite();
        using (var huge = File.Create(Path.Join(site.Input, "guides", "huge.md")))
        {
            huge.SetLength(Limits.FileBytes + 1);
        }

        var report = await site.BuildAsync();

        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.LimitExceeded, site.PathOf("guides/huge.md"), 0, 0);
        Assert.Contains("64 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThemeAssetLinkedOutOfTheThemeIsAnErrorAndNotPublished()
    {
        // Given a theme override that links to a file outside the site, as a link to /etc/passwd would
        using var site = GoodSite();
        var secret = Path.Join(site.Root, "secret.txt");
        File.WriteAllText(secret, "root:x:0:0");
        Directory.CreateDirectory(Path.Join(site.Input, "_theme", "assets"));
        File.CreateSymbolicLink(Path.Join(site.Input, "_theme", "assets", "passwd.txt"), secret);

        var report = await site.BuildAsync();

        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.UnreadableInput, site.PathOf("_theme/assets/passwd.txt"), 0, 0);
        Assert.Contains("outside the folder being read", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task AGuideLinkedOutOfTheInputIsAnErrorAndALinkInsideItIsRead()
    {
        using var site = GoodSite();
        var outside = Path.Join(site.Root, "elsewhere.md");
        File.WriteAllText(outside, GuideText.Of("Elsewhere"));
        File.CreateSymbolicLink(Path.Join(site.Input, "guides", "elsewhere.md"), outside);
        site.Write("drafts/inside.md", GuideText.Of("Inside"));
        File.CreateSymbolicLink(Path.Join(site.Input, "guides", "inside.md"), "../drafts/inside.md");

        var report = await site.BuildAsync();

        Diagnostics.At(report.Diagnostics, ErrorCodes.UnreadableInput, site.PathOf("guides/elsewhere.md"), 0, 0);
        Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(report.Diagnostics, d => d.File == site.PathOf("guides/inside.md"));
    }

    [Fact]
    public async Task AnEditorsLockFileAndLinksInALoopDoNotStopTheBuild()
    {
        // Emacs marks a file being edited with a link to nowhere named .#file; a folder link to its parent loops
        using var site = GoodSite();
        File.CreateSymbolicLink(Path.Join(site.Input, "guides", ".#a.md"), "user@host.4242:1700000000");
        Directory.CreateSymbolicLink(Path.Join(site.Input, "notes"), ".");

        var report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.True(File.Exists(Path.Join(site.Output, "guides", "a", "index.html")));
    }
}
