using System.Diagnostics;
using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// <c>mend serve</c> in Chromium: a page reloads after its guide is edited, keeping its scroll position; a broken edit
/// shows the errors over the page; the fix clears them. The page's Content-Security-Policy holds throughout.
/// </summary>
[Trait("Category", "Browser")]
public sealed class LiveReloadTests(SiteBrowser browser) : IAsyncLifetime
{
    private readonly string _scratch = Path.Join(Path.GetTempPath(), "mend-live-reload-tests", Guid.NewGuid().ToString("N"));
    private Process? _serve;
    private Uri _address = null!;

    private string Guide => Path.Join(_scratch, "input", "guides", "apologies.md");

    public async ValueTask InitializeAsync()
    {
        if (!SiteBrowser.ChromiumPresent)
        {
            return;
        }
        CopyFolder(Repo.FixtureInput, Path.Join(_scratch, "input"));
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _scratch,
        };
        foreach (var argument in new[] { Repo.MendDll, "serve", "--input", "input", "--themes", Repo.Themes, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }
        _serve = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await _serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Serving ", StringComparison.Ordinal))
            {
                _address = new Uri(line.Split(' ')[1]);
                return;
            }
        }
        throw new InvalidOperationException($"mend serve stopped: {await _serve.StandardError.ReadToEndAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_serve is not null)
        {
            _serve.Kill(entireProcessTree: true);
            await _serve.WaitForExitAsync();
            _serve.Dispose();
        }
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task APageReloadsAfterAnEditAndShowsABrokenBuildsErrorsUntilTheFix()
    {
        browser.Require();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 600 } });
        var problems = new List<string>();
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console error: {message.Text}");
            }
        };
        context.WebError += (_, error) => problems.Add($"uncaught error: {error.Error}");
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective));");
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_address, "guides/saying-sorry/").ToString());
        var policy = await page.Locator("meta[http-equiv=Content-Security-Policy]").GetAttributeAsync("content");
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        await page.EvaluateAsync("() => window.scrollTo(0, 300)");

        // An edit: the page reloads by itself, with the new title, where it was.
        var edited = File.ReadAllText(Guide).Replace("title: Saying sorry", "title: Saying sorry well", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Guide, edited, TestContext.Current.CancellationToken);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Saying sorry well", new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => window.scrollY > 200", null, new() { Timeout = 10_000 });

        // A broken edit: the last good page stays, with the errors over it.
        await File.WriteAllTextAsync(Guide, "---\ntitle: [Saying sorry\nsummary: broken\n---\nText.\n", TestContext.Current.CancellationToken);
        var overlay = page.Locator("#mend-serve-errors");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("apologies.md");
        await Assertions.Expect(overlay).ToContainTextAsync("MEND101");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Saying sorry well");
        Directory.CreateDirectory(Repo.Screenshots);
        foreach (var width in new[] { 375, 1280 })
        {
            await page.SetViewportSizeAsync(width, 700);
            await page.ScreenshotAsync(new() { Path = Path.Join(Repo.Screenshots, $"serve-errors-{width}.png") });
        }

        // The fix: the page reloads and the errors are gone.
        await File.WriteAllTextAsync(Guide, edited.Replace("title: Saying sorry well", "title: Saying sorry, fixed", StringComparison.Ordinal),
            TestContext.Current.CancellationToken);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Saying sorry, fixed", new() { Timeout = 60_000 });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        Assert.Equal(policy, await page.Locator("meta[http-equiv=Content-Security-Policy]").GetAttributeAsync("content"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
