using System.Diagnostics;

namespace Mend.Site.Tests.Cli;

/// <summary>
/// The CLI packed as a .NET tool, installed into a tool path of its own from the package alone, and run as an author
/// would run it: from a folder with no themes folder, so the site is built with the theme built into the tool.
/// Slow (a pack and an install): the fast loop leaves it out with <c>Category!=Package</c>.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _root = Path.Join(Path.GetTempPath(), "mend-package-tests", Guid.NewGuid().ToString("N"));

    public PackageTests() => Directory.CreateDirectory(_root);

    [Fact]
    public async Task ThePackedToolInstallsAndBuildsANewSiteWithItsBuiltInTheme()
    {
        var packages = Path.Join(_root, "packages");
        var tools = Path.Join(_root, "tools");
        await Run(Dotnet, ["pack", Path.Join(Repo.Root, "src", "Mend.Cli"), "-c", Repo.Configuration, "--no-build", "--no-restore", "--disable-build-servers", "-o", packages]);
        var package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(packages, "Mend.Cli.*.nupkg")));
        var version = package["Mend.Cli.".Length..];

        // --source replaces every configured source: the install needs nothing but the package just made.
        await Run(Dotnet, ["tool", "install", "Mend.Cli", "--tool-path", tools, "--source", packages, "--version", version]);
        var mend = Path.Join(tools, OperatingSystem.IsWindows() ? "mend.exe" : "mend");

        var printed = await Run(mend, ["--version"]);
        Assert.StartsWith(version, printed.Trim(), StringComparison.Ordinal);
        await Run(mend, ["new", "site", "site"]);
        await Run(mend, ["build", "--input", Path.Join("site", "input"), "--output", "out"]);

        Assert.False(Directory.Exists(Path.Join(_root, "themes")));
        Assert.True(File.Exists(Path.Join(_root, "out", "index.html")));
        Assert.True(File.Exists(Path.Join(_root, "out", "guides", "start-here", "index.html")));
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>Runs a command in the test's folder; fails the test, with what it printed, unless it exits with 0 in time.</summary>
    private async Task<string> Run(string command, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The tool's launcher finds the runtime the tests run on.
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { } host)
        {
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host);
        }
        // A packages folder of its own: the shared one may hold an older build of the same version, which NuGet would use.
        start.Environment["NUGET_PACKAGES"] = Path.Join(_root, "nuget-packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{command} {string.Join(' ', start.ArgumentList)} did not finish in {Timeout.TotalMinutes} minutes");
        }
        var (output, errors) = (await stdout, await stderr);
        Assert.True(process.ExitCode == 0,
            $"{command} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{output}\n{errors}");
        return output;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
