using Microsoft.Playwright;

namespace Mend.Browser.Tests;

/// <summary>
/// Records what must never happen on any page of a context: a console error (CSP violations land there too),
/// an uncaught script error, a request outside the site, a failed request or an HTTP error status.
/// </summary>
public sealed class PageWatch
{
    private readonly List<string> _problems = [];
    private readonly Lock _lock = new();

    public PageWatch(IBrowserContext context, BuiltSite site)
    {
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add($"console error on {message.Page?.Url}: {message.Text}");
            }
        };
        context.WebError += (_, error) => Add($"uncaught error on {error.Page?.Url}: {error.Error}");
        context.Request += (_, request) =>
        {
            if (!site.Contains(request.Url))
            {
                Add($"request outside the site: {request.Url} (from {request.Frame.Url})");
            }
        };
        context.RequestFailed += (_, request) => Add($"request failed: {request.Url}: {request.Failure}");
        context.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add($"HTTP {response.Status} for {response.Url}");
            }
        };
    }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_lock)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Fails the test with every problem seen so far.</summary>
    public void AssertNone()
    {
        var problems = Problems;
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n{string.Join('\n', problems)}");
    }

    private void Add(string problem)
    {
        lock (_lock)
        {
            _problems.Add(problem);
        }
    }
}
