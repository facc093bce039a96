namespace Mend.Cli.Serve;

/// <summary>
/// The files of the last good build, by output path, held in memory: a rebuild swaps the whole set at once, so a
/// request sees one build or the next, never a mix, and nothing is written to disk.
/// </summary>
internal sealed class ServedSite
{
    private volatile IReadOnlyDictionary<string, ReadOnlyMemory<byte>> _files = new Dictionary<string, ReadOnlyMemory<byte>>();

    public IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Files => _files;

    public void Replace(IReadOnlyDictionary<string, ReadOnlyMemory<byte>> files) => _files = files;
}
