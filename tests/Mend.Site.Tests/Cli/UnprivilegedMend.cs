using System.Diagnostics;

namespace Mend.Site.Tests.Cli;

/// <summary>
/// The real <c>mend</c> run as a user without privileges, so that file permissions bite as they do for an author.
/// Tests often run as root, which reads and writes anything; then mend runs as <c>nobody</c> through <c>setpriv</c>,
/// from a copy of the build that any user can read.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class UnprivilegedMend
{
    private const int Nobody = 65534;

    private static readonly Lazy<string> ReadableCopy = new(CopyTheBuild);

    /// <summary>Runs <c>mend ARGUMENTS</c> to its end: the exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> Run(string workingDirectory, params string[] arguments)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return await MendProcess.Run(workingDirectory, arguments);
        }

        var start = MendProcess.StartInfo(workingDirectory, arguments);
        var dotnet = start.FileName;
        start.FileName = "setpriv";
        start.ArgumentList.Clear();
        foreach (var argument in (string[])[$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", dotnet,
            Path.Join(ReadableCopy.Value, "mend.dll"), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Lets any user read, write and enter everything under <paramref name="folder"/>, as an author's own files are theirs.</summary>
    public static void OpenToAll(string folder)
    {
        const UnixFileMode all = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(folder, all);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(entry, all);
        }
    }

    private static string CopyTheBuild()
    {
        var built = Path.GetDirectoryName(MendProcess.StartInfo(".", []).ArgumentList[0])!;
        var copy = Directory.CreateTempSubdirectory("mend-unprivileged-").FullName;
        Folders.Copy(built, copy);
        OpenToAll(copy);
        return copy;
    }
}
