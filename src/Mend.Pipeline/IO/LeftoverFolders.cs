using System.Diagnostics;

namespace Mend.Pipeline.IO;

/// <summary>
/// Work folders named with the id of the process that made them (<c>PREFIX-PID-…</c>), so that one left behind by a
/// process that was killed before it could clean up (<c>kill -9</c>, a power cut) is known for a leftover and removed
/// by the next run, while the folders of runs still going are left alone.
/// </summary>
public static class LeftoverFolders
{
    /// <summary>A new, unique name for this process's work folder.</summary>
    public static string NewName(string prefix) => $"{prefix}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>Removes every folder in <paramref name="parent"/> named <c>PREFIX-…</c> whose process is no longer running.</summary>
    public static void Sweep(string parent, string prefix)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "-*"))
        {
            if (!IsRunning(OwnerOf(Path.GetFileName(folder), prefix)))
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>Deletes a folder, or leaves it for the next sweep when it cannot be deleted now; true when it is gone.</summary>
    public static bool TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The process id in a name made by <see cref="NewName"/>, or 0 for a name made otherwise.</summary>
    private static int OwnerOf(string name, string prefix)
    {
        var rest = name.AsSpan(prefix.Length + 1);
        var dash = rest.IndexOf('-');
        return dash > 0 && int.TryParse(rest[..dash], out var id) ? id : 0;
    }

    private static bool IsRunning(int processId)
    {
        if (processId <= 0)
        {
            return false;
        }
        if (processId == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
