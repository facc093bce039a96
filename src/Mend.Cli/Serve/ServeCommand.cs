using System.CommandLine;
using System.Diagnostics;
using Mend.Pipeline;
using Mend.Site;

namespace Mend.Cli.Serve;

/// <summary>
/// <c>mend serve [--input DIR] [--themes DIR] [--port 5080] [--host 127.0.0.1] [--base-path /] [--open] [--offline] [--verbose]</c>:
/// builds the site in memory, serves it, and rebuilds when the content or the theme changes; open pages reload, or
/// show the errors of a failed build. Nothing is written to disk. Ctrl-C stops it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port") { Description = "The port to listen on (0: any free port).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "The address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var basePath = new Option<string>("--base-path") { Description = "Serve the site under this path, as a host such as GitHub Pages would.", DefaultValueFactory = _ => "/" };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser." };
        var offline = new Option<bool>("--offline") { Description = "Build with links to index.html files, as for opening from disk." };
        var verbose = new Option<bool>("--verbose") { Description = "After each build, print each phase's time and memory and the slowest modules." };

        var command = new Command("serve", "Build the site, serve it on this machine, and rebuild and reload when its files change.");
        site.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(basePath);
        command.Options.Add(open);
        command.Options.Add(offline);
        command.Options.Add(verbose);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (!System.Net.IPAddress.TryParse(parsed.GetValue(host), out _))
            {
                Console.Error.WriteLine($"mend: --host must be an IP address such as 127.0.0.1, not '{parsed.GetValue(host)}'.");
                return ExitCodes.Usage;
            }
            // Built in memory: nothing is written, so nothing is left behind.
            var options = site.Read(parsed, output: "", parsed.GetValue(offline));
            if (!SiteOptions.InputExists(options))
            {
                return ExitCodes.Usage;
            }
            var server = new ServerOptions(parsed.GetValue(host)!, parsed.GetValue(port), BasePath(parsed.GetValue(basePath)!),
                parsed.GetValue(open), parsed.GetValue(verbose));
            return await Serve(options, server, cancellationToken);
        });
        return command;
    }

    /// <summary>How <c>serve</c> listens and reports.</summary>
    private sealed record ServerOptions(string Host, int Port, string BasePath, bool Open, bool Verbose);

    private static async Task<int> Serve(BuildOptions options, ServerOptions server, CancellationToken cancellationToken)
    {
        var events = new LiveEvents();
        var site = new ServedSite();
        var themes = options.ThemesFolders;
        using var watcher = new SiteWatcher([options.InputDirectory, .. themes]);
        var cache = new RunCache();
        await Build(options, cache, site, events, "Built", server.Verbose, cancellationToken);

        await using var preview = new PreviewServer(site, server.BasePath, events);
        var address = new Uri(await preview.StartAsync(server.Host, server.Port, cancellationToken), server.BasePath);
        Console.WriteLine($"Serving {address} (Ctrl-C to stop)");
        if (server.Open)
        {
            OpenBrowser(address);
        }

        // Until Ctrl-C or SIGTERM cancels the wait: the exit code then says which.
        while (true)
        {
            var changed = await watcher.NextBatchAsync(cancellationToken);
            Console.WriteLine($"Changed: {Describe(changed)}");
            if (changed.Any(path => ChangesEverything(path, options.InputDirectory, themes)))
            {
                cache = new RunCache();
            }
            await Build(options, cache, site, events, "Rebuilt", server.Verbose, cancellationToken);
        }
    }

    private static async Task Build(
        BuildOptions options, RunCache cache, ServedSite site, LiveEvents events, string verb, bool verbose, CancellationToken cancellationToken)
    {
        var (report, files) = await SiteBuilder.BuildInMemoryAsync(options, cache, cancellationToken);
        if (verbose)
        {
            Profile.Print(report);
        }
        if (Summary.Succeeded(report, "serving the last good build"))
        {
            Console.WriteLine($"{verb} {report.PagesWritten} pages in {Summary.Seconds(report)} s.");
            site.Replace(files); // before the reload, so that no page is told of a build it cannot get yet
            events.Reload();
        }
        else
        {
            events.Errors(ErrorReport.Json(report.Diagnostics));
        }
    }

    /// <summary>
    /// Whether a change may affect every page, so that nothing from the last build is reused: site.yml, and the theme
    /// (its templates are not sources any module reads by itself).
    /// </summary>
    private static bool ChangesEverything(string path, string input, IEnumerable<string> themes)
    {
        var full = Path.GetFullPath(path);
        return full == Path.GetFullPath(Path.Join(input, Mend.Site.Config.SiteConfigReader.FileName))
            || full.StartsWith(Path.GetFullPath(Path.Join(input, Mend.Site.Templates.ThemeFiles.OverrideFolder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || themes.Any(theme => full.StartsWith(Path.GetFullPath(theme) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private static string BasePath(string path) => "/" + path.Trim('/') + (path.Trim('/').Length > 0 ? "/" : "");

    private static string Describe(IReadOnlyList<string> paths)
    {
        var shown = paths.Take(3).Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p));
        return string.Join(", ", shown) + (paths.Count > 3 ? $" and {paths.Count - 3} more" : "");
    }

    private static void OpenBrowser(Uri address)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            Process.Start(new ProcessStartInfo(opener, address.ToString()) { UseShellExecute = false })?.Dispose();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine($"Could not open a browser ({opener}); open {address} yourself.");
        }
    }
}
