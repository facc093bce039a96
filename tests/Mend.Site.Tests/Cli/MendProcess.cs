using System.Diagnostics;
using System.Threading.Channels;

namespace Mend.Site.Tests.Cli;

/// <summary>The real <c>mend</c> command run as a process, as an author or CI runs it; for commands that keep running (serve).</summary>
public sealed class MendProcess : IAsyncDisposable
{
    private static readonly string MendDll = Path.Join(Repo.Root, "src", "Mend.Cli", "bin", Repo.Configuration, "net10.0", "mend.dll");
    private readonly Process _process;
    private readonly Channel<string> _stdout = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];
    private readonly Task _stderr;

    private MendProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _stdout.Writer.TryComplete();
            }
            else
            {
                _stdout.Writer.TryWrite(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _stderr = Task.Run(async () => Stderr = await _process.StandardError.ReadToEndAsync());
    }

    public string Stderr { get; private set; } = "";

    /// <summary>What the process printed so far, for failure messages.</summary>
    public string Printed => string.Join('\n', _seen);

    /// <summary>A start description of <c>mend ARGUMENTS</c> in <paramref name="workingDirectory"/>, without CI's environment.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments)
    {
        Assert.True(File.Exists(MendDll), $"the CLI is not built at {MendDll}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(MendDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("MEND_DEBUG");
        return start;
    }

    /// <summary>Runs <c>mend ARGUMENTS</c> to its end: the exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> Run(string workingDirectory, IEnumerable<string> arguments)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    public static MendProcess Start(string workingDirectory, IEnumerable<string> arguments, string? temporaryFolder = null)
    {
        var start = StartInfo(workingDirectory, arguments);
        if (temporaryFolder is not null)
        {
            start.Environment["TMPDIR"] = temporaryFolder;
        }
        return new MendProcess(Process.Start(start)!);
    }

    /// <summary>Reads printed lines until one matches; fails the test after <paramref name="seconds"/>.</summary>
    public async Task<string> WaitForLine(Func<string, bool> match, int seconds = 60)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            while (true)
            {
                var line = await _stdout.Reader.ReadAsync(timeout.Token);
                _seen.Add(line);
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ChannelClosedException)
        {
            Assert.Fail($"mend printed no such line in {seconds} s. It printed:\n{Printed}\nand on stderr:\n{Stderr}");
            throw;
        }
    }

    /// <summary>Sends a signal (INT, TERM) as a terminal or a service manager would, and returns the exit code.</summary>
    public async Task<int> StopWith(string signal)
    {
        using (var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        await _stderr;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
