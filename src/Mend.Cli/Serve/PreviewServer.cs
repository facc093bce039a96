using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mend.Cli.Serve;

/// <summary>
/// Serves a built site over HTTP (Kestrel) for preview, from memory: folder URLs answer with their
/// <c>index.html</c>, unknown URLs with the site's <c>404.html</c> and status 404, under an optional base path such
/// as <c>/repo/</c>. Every HTML page gets one extra script, <c>/_mend/live.js</c>, which reloads it after a rebuild
/// and shows a failed build's errors over it; a built site never contains it.
/// </summary>
internal sealed class PreviewServer(ServedSite site, string basePath, LiveEvents events) : IAsyncDisposable
{
    private const string LivePrefix = "/_mend/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private WebApplication? _app;

    /// <summary>Starts listening; returns the address it listens on (the port is chosen when <paramref name="port"/> is 0).</summary>
    public async Task<Uri> StartAsync(string host, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Parse(host), port));
        _app = builder.Build();
        _app.Run(Handle);
        await _app.StartAsync(cancellationToken);
        var address = _app.Urls.First();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
    }

    private async Task Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        if (path == LivePrefix + "events")
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await events.Stream(context.Response.Body, () => context.Response.Body.FlushAsync(context.RequestAborted), context.RequestAborted);
            return;
        }
        if (path == LivePrefix + "live.js")
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.WriteAsync(LiveScript.Text, context.RequestAborted);
            return;
        }
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path + "/" == basePath || path == "/")
            {
                context.Response.Redirect(basePath);
                return;
            }
            await NotFound(context, events.Build);
            return;
        }

        // The build's number before its files: if a rebuild lands in between, the page is newer than its number says
        // and reloads once more than it needs, rather than missing a reload.
        var build = events.Build;
        var relative = path[basePath.Length..];
        var files = site.Files;
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        else if (!files.ContainsKey(relative) && files.ContainsKey(relative + "/index.html"))
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString);
            return;
        }
        if (!files.TryGetValue(relative, out var bytes))
        {
            await NotFound(context, build);
            return;
        }
        await Send(context, relative, bytes, build, StatusCodes.Status200OK);
    }

    private async Task NotFound(HttpContext context, int build)
    {
        if (site.Files.TryGetValue("404.html", out var page))
        {
            await Send(context, "404.html", page, build, StatusCodes.Status404NotFound);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("Not found.", context.RequestAborted);
    }

    private static async Task Send(HttpContext context, string name, ReadOnlyMemory<byte> bytes, int build, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.TryGetContentType(name, out var type)
            ? type + (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal) ? "; charset=utf-8" : "")
            : "application/octet-stream";
        if (name.EndsWith(".html", StringComparison.Ordinal))
        {
            bytes = WithLiveScript(bytes.Span, build);
        }
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>The page with the live script, told the build it comes from, before its closing body tag (or at its end).</summary>
    private static byte[] WithLiveScript(ReadOnlySpan<byte> page, int build)
    {
        var html = Encoding.UTF8.GetString(page);
        var tag = $"<script src=\"{LivePrefix}live.js\" data-build=\"{build}\"></script>";
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at >= 0 ? html.Insert(at, tag) : html + tag);
    }
}
