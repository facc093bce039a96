namespace Mend.Site.Tests.Fuzz;

/// <summary>An input folder held in memory as raw bytes by relative path, so a mutation can break its encoding too.</summary>
public sealed class FuzzInput
{
    private readonly SortedDictionary<string, byte[]> _files;

    private FuzzInput(SortedDictionary<string, byte[]> files) => _files = files;

    public static FuzzInput Load(string folder) => new(TestSite.Files(folder));

    /// <summary>A copy whose bytes can be changed in place without changing these.</summary>
    public FuzzInput Copy() => new(new SortedDictionary<string, byte[]>(
        _files.ToDictionary(file => file.Key, file => file.Value.ToArray()), StringComparer.Ordinal));

    public IReadOnlyList<string> Paths => [.. _files.Keys];

    public byte[] this[string path]
    {
        get => _files[path];
        set => _files[path] = value;
    }

    public bool Remove(string path) => _files.Remove(path);

    /// <summary>Replaces whatever <paramref name="folder"/> holds with these files.</summary>
    public void WriteTo(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        foreach (var (path, bytes) in _files)
        {
            var full = Path.Join(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
        Directory.CreateDirectory(folder);
    }
}
