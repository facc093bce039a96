using System.Collections.Immutable;

namespace Mend.Pipeline;

/// <summary>
/// An immutable unit of work: where it came from, where it goes, its metadata and content. Metadata is keyed by
/// type: a document holds at most one value of each type (one page model, one parsed guide), so no name can drift.
/// </summary>
public sealed record Document
{
    /// <summary>The source file as a reader would name it (the read root joined with the file's path), or "" for a generated document.</summary>
    public string Source { get; init; } = "";

    /// <summary>The output path relative to the output folder (forward slashes), or null when not written.</summary>
    public string? Destination { get; init; }

    public ImmutableDictionary<Type, object> Metadata { get; init; } = ImmutableDictionary<Type, object>.Empty;

    public string Content { get; init; } = "";

    /// <summary>Binary content; when set, it is written instead of <see cref="Content"/>.</summary>
    public ImmutableArray<byte>? Bytes { get; init; }

    public Document WithContent(string content) => this with { Content = content };

    /// <summary>This document with <paramref name="value"/> as its metadata of type <typeparamref name="T"/>.</summary>
    public Document With<T>(T value) where T : notnull =>
        this with { Metadata = Metadata.SetItem(typeof(T), value) };

    public T Get<T>() where T : notnull =>
        TryGet<T>(out var value)
            ? value
            : throw new KeyNotFoundException($"Document '{Source}' has no metadata of type {typeof(T).Name}.");

    public bool TryGet<T>(out T value) where T : notnull
    {
        if (Metadata.TryGetValue(typeof(T), out var raw))
        {
            value = (T)raw;
            return true;
        }
        value = default!;
        return false;
    }

    public bool Has<T>() where T : notnull => Metadata.ContainsKey(typeof(T));
}
