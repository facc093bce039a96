namespace Mend.Pipeline.IO;

/// <summary>
/// A temporary folder beside a target folder. Work is written into <see cref="Path"/>; <see cref="Commit"/>
/// swaps it in place of the target, and disposing without committing deletes it and leaves the target untouched.
/// </summary>
public sealed class StagedDirectory : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public StagedDirectory(string target)
    {
        _target = System.IO.Path.GetFullPath(target).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        Path = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Commit()
    {
        var retired = $"{Path}.old";
        var hadTarget = Directory.Exists(_target);
        if (hadTarget)
        {
            Directory.Move(_target, retired);
        }

        try
        {
            Directory.Move(Path, _target);
        }
        catch
        {
            if (hadTarget)
            {
                Directory.Move(retired, _target);
            }
            throw;
        }

        _committed = true;
        if (hadTarget)
        {
            Directory.Delete(retired, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
