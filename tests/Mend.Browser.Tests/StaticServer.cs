using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Mend.Browser.Tests;

/// <summary>
/// Serves a built site folder on 127.0.0.1 (a free port) under a sub-path, as GitHub Pages serves a project
/// site, so links that only work at the domain root would break here.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The site's address, ending in the sub-path and a slash: <c>http://127.0.0.1:PORT/mend/</c>.</summary>
    public Uri Root { get; }

    public static async Task<StaticServer> StartAsync(string folder, string subPath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.Map("/" + subPath, site =>
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticServer(app, new Uri(new Uri(address), $"/{subPath}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
