using System.Net;
using System.Text.RegularExpressions;

namespace Mend.Site.Tests.Cli;

/// <summary>
/// <c>mend serve</c> as an author runs it: a real process on a free loopback port, a real HTTP client, the page
/// events read from the real event stream, and files edited on disk.
/// </summary>
public sealed partial class ServeCommandTests : IAsyncLifetime
{
    private readonly TestSite _site = TestSite.With(("guides/a.md", GuideText.Of("Alpha")), ("guides/b.md", GuideText.Of("Beta")));
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private MendProcess? _mend;
    private Uri _address = null!;

    /// <summary>The serve process's temporary folder (TMPDIR), to check that it writes nothing there either.</summary>
    private string Temporary => Path.Join(_site.Root, "tmp");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Temporary);
        _mend = MendProcess.Start(_site.Root, ["serve", "--input", _site.Input, "--themes", Repo.Themes, "--port", "0"], Temporary);
        var serving = await _mend.WaitForLine(line => line.StartsWith("Serving ", StringComparison.Ordinal));
        _address = new Uri(ServingAddress().Match(serving).Groups[1].Value);
        Assert.Equal("127.0.0.1", _address.Host);
    }

    public async ValueTask DisposeAsync()
    {
        if (_mend is not null)
        {
            await _mend.DisposeAsync();
        }
        _http.Dispose();
        _site.Dispose();
    }

    [GeneratedRegex(@"^Serving (http://\S+) ")]
    private static partial Regex ServingAddress();

    private async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        using var response = await _http.GetAsync(new Uri(_address, path), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Opens the page event stream, as the live script does, and returns a reader of its events.</summary>
    private async Task<StreamReader> Events()
    {
        var response = await _http.GetAsync(new Uri(_address, "/_mend/events"), HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal(": connected", await reader.ReadLineAsync(TestContext.Current.CancellationToken));
        Assert.Equal("hello", (await NextEvent(reader)).Name);
        return reader;
    }

    /// <summary>The next event on the stream: its name and data.</summary>
    private static async Task<(string Name, string Data)> NextEvent(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? name = null, data = null;
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
            else if (line.Length == 0 && name is not null)
            {
                return (name, data ?? "");
            }
        }
        throw new InvalidOperationException("the event stream ended");
    }

    [Fact]
    public async Task ServesPagesFoldersAndTheSites404WithTheLiveScriptAddedToHtmlOnly()
    {
        var (status, home) = await Get("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Alpha", home, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/_mend/live.js\" data-build=\"1\"></script></body>", home);

        var (guideStatus, guide) = await Get("/guides/a/");
        Assert.Equal(HttpStatusCode.OK, guideStatus);
        Assert.Contains("<h1", guide, StringComparison.Ordinal);

        using var folder = await _http.GetAsync(new Uri(_address, "/guides/a"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/guides/a/", folder.Headers.Location?.OriginalString);

        var (missingStatus, missing) = await Get("/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
        Assert.Contains("<script src=\"/_mend/live.js\"", missing, StringComparison.Ordinal);

        var (scriptStatus, script) = await Get("/_mend/live.js");
        Assert.Equal(HttpStatusCode.OK, scriptStatus);
        Assert.Contains("EventSource('/_mend/events')", script, StringComparison.Ordinal);

        var (_, escape) = await Get("/../../etc/passwd");
        Assert.DoesNotContain("root:", escape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnderABasePathTheSiteAnswersThereAndTheRootRedirectsToIt()
    {
        await using var project = MendProcess.Start(
            _site.Root, ["serve", "--input", _site.Input, "--themes", Repo.Themes, "--port", "0", "--base-path", "repo"], Temporary);
        var address = new Uri(ServingAddress().Match(await project.WaitForLine(l => l.StartsWith("Serving ", StringComparison.Ordinal))).Groups[1].Value);
        Assert.Equal("/repo/", address.AbsolutePath);

        using var page = await _http.GetAsync(new Uri(address, "guides/a/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var root = await _http.GetAsync(new Uri(address, "/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/repo/", root.Headers.Location?.OriginalString);
        using var outside = await _http.GetAsync(new Uri(address, "/guides/a/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task AnEditIsRebuiltAnnouncedAndServed()
    {
        using var events = await Events();

        _site.Write("guides/a.md", GuideText.Of("Alpha, edited"));

        Assert.Equal("reload", (await NextEvent(events)).Name);
        var (_, page) = await Get("/guides/a/");
        Assert.Contains("Alpha, edited", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenEditKeepsTheLastGoodPageAndSendsItsErrorsUntilItIsFixed()
    {
        using var events = await Events();

        _site.Write("guides/a.md", "---\ntitle: [Alpha\nsummary: broken\n---\nText.\n");

        var (name, data) = await NextEvent(events);
        Assert.Equal("errors", name);
        Assert.Contains($"\"file\":\"{_site.PathOf("guides/a.md")}\"", data, StringComparison.Ordinal);
        Assert.Contains("MEND101", data, StringComparison.Ordinal);
        Assert.Matches("\"line\":[1-9]", data);
        var (status, page) = await Get("/guides/a/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Alpha", page, StringComparison.Ordinal);

        // A page opened while the build is broken is told at once.
        using (var late = await Events())
        {
            Assert.Equal("errors", (await NextEvent(late)).Name);
        }

        _site.Write("guides/a.md", GuideText.Of("Alpha, fixed"));
        Assert.Equal("reload", (await NextEvent(events)).Name);
        Assert.Contains("Alpha, fixed", (await Get("/guides/a/")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewGuideAppearsAndADeletedOneIsGone()
    {
        using var events = await Events();

        _site.Write("guides/c.md", GuideText.Of("Gamma"));
        Assert.Equal("reload", (await NextEvent(events)).Name);
        Assert.Equal(HttpStatusCode.OK, (await Get("/guides/c/")).Status);

        _site.Delete("guides/b.md");
        Assert.Equal("reload", (await NextEvent(events)).Name);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/guides/b/")).Status);
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task ASignalStopsItWithTheShellsExitCodeAndItWroteNoFiles(string signal, int expected)
    {
        var exitCode = await _mend!.StopWith(signal);

        Assert.True(exitCode == expected, $"exit code {exitCode}; stderr:\n{_mend.Stderr}");
        Assert.DoesNotContain("   at ", _mend.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Temporary));
        Assert.Equal(["input", "tmp"], Directory.GetFileSystemEntries(_site.Root).Select(Path.GetFileName).Order());
    }
}
