namespace Mend.Pipeline.IO;

/// <summary>
/// A temporary folder beside a target folder. Work is written into <see cref="Path"/>; <see cref="Commit"/>
/// swaps it in place of the target, and disposing without committing deletes it and leaves the target untouched.
/// Staging folders a killed process left beside the same target are removed when the next one is made.
/// </summary>
public sealed class StagedDirectory : IDisposable
{
    private readonly string _target;
    private bool _committed;

    /// <exception cref="OutputException">The staging folder cannot be made (the parent folder is not writable, say).</exception>
    public StagedDirectory(string target)
    {
        _target = System.IO.Path.GetFullPath(target).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(_target)!;
        var prefix = $".{System.IO.Path.GetFileName(_target)}.staging";
        Path = System.IO.Path.Combine(parent, LeftoverFolders.NewName(prefix));
        try
        {
            Directory.CreateDirectory(parent);
            LeftoverFolders.Sweep(parent, prefix);
            Directory.CreateDirectory(Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot make a folder beside '{target}' to build into ({IOFailure.Reason(exception)})", exception);
        }
    }

    public string Path { get; }

    /// <summary>
    /// Where the previous target went when it could not be deleted after the swap (a read-only file in it, say), or
    /// null: the new target is in place either way, and the next build tries to delete it again.
    /// </summary>
    public string? Leftover { get; private set; }

    /// <exception cref="OutputException">The target cannot be replaced; it is left as it was.</exception>
    public void Commit()
    {
        // Named as a staging folder of this process, so that a later build sweeps it if it cannot be deleted now.
        var retired = $"{Path}-old";
        var hadTarget = Directory.Exists(_target);
        if (File.Exists(_target))
        {
            throw new OutputException($"'{_target}' is a file, not a folder; name a folder for the output", null);
        }
        try
        {
            if (hadTarget)
            {
                Directory.Move(_target, retired);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot replace the output folder '{_target}' ({IOFailure.Reason(exception)}); the previous output is as it was", exception);
        }

        try
        {
            Directory.Move(Path, _target);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (hadTarget)
            {
                Directory.Move(retired, _target);
            }
            throw new OutputException($"cannot move the new output into '{_target}' ({IOFailure.Reason(exception)}); the previous output is as it was", exception);
        }

        _committed = true;
        if (hadTarget && !LeftoverFolders.TryDelete(retired))
        {
            Leftover = retired;
        }
    }

    public void Dispose()
    {
        if (!_committed)
        {
            LeftoverFolders.TryDelete(Path);
        }
    }
}
