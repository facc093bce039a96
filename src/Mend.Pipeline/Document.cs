using System.Collections.Immutable;

namespace Mend.Pipeline;

/// <summary>An immutable unit of work: where it came from, where it goes, its metadata and content.</summary>
public sealed record Document
{
    /// <summary>The source file as a reader would name it (the read root joined with the file's path), or "" for a generated document.</summary>
    public string Source { get; init; } = "";

    /// <summary>The output path relative to the output folder (forward slashes), or null when not written.</summary>
    public string? Destination { get; init; }

    public ImmutableDictionary<string, object> Metadata { get; init; } = ImmutableDictionary<string, object>.Empty;

    public string Content { get; init; } = "";

    /// <summary>Binary content; when set, it is written instead of <see cref="Content"/>.</summary>
    public ImmutableArray<byte>? Bytes { get; init; }

    public Document WithContent(string content) => this with { Content = content };

    public Document WithMetadata<T>(Key<T> key, T value) where T : notnull =>
        this with { Metadata = Metadata.SetItem(key.Name, value) };

    public T Get<T>(Key<T> key) where T : notnull =>
        TryGet(key, out var value)
            ? value
            : throw new KeyNotFoundException($"Document '{Source}' has no metadata '{key.Name}'.");

    public bool TryGet<T>(Key<T> key, out T value) where T : notnull
    {
        if (Metadata.TryGetValue(key.Name, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }

    public bool Has<T>(Key<T> key) where T : notnull => TryGet(key, out _);
}
