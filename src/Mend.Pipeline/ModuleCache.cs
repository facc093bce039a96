using System.Collections.Concurrent;

namespace Mend.Pipeline;

/// <summary>
/// One module's entries: what it stored in the last run, which it can look up, and what it stores in this run.
/// Keys are compared as their type compares them; documents, which are records, by reference, so that "the same
/// input" means the very document an unchanged upstream handed over again.
/// </summary>
public sealed class ModuleCache
{
    private ConcurrentDictionary<object, object> _last = new(DocumentsByReference.Comparer);
    private ConcurrentDictionary<object, object> _current = new(DocumentsByReference.Comparer);

    /// <summary>The value stored for <paramref name="key"/> in this run or the last; a hit is kept for the next run.</summary>
    public bool TryGet<T>(object key, out T value)
    {
        if ((_current.TryGetValue(key, out var found) || _last.TryGetValue(key, out found)) && found is T typed)
        {
            _current[key] = typed;
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(object key, object value) => _current[key] = value;

    /// <summary>
    /// What a whole run of the module makes, made by <paramref name="make"/> only when <paramref name="key"/> differs
    /// from the last run's: for a module whose every output depends on nothing but what the key stands for, and which
    /// reports nothing.
    /// </summary>
    public IReadOnlyList<Document> Whole(string key, Func<IReadOnlyList<Document>> make)
    {
        if (TryGet<WholeRun>(typeof(WholeRun), out var last) && last.Key == key)
        {
            return last.Outputs;
        }
        var outputs = make();
        Set(typeof(WholeRun), new WholeRun(key, outputs));
        return outputs;
    }

    private sealed record WholeRun(string Key, IReadOnlyList<Document> Outputs);

    internal void EndRun()
    {
        _last = _current;
        _current = new ConcurrentDictionary<object, object>(DocumentsByReference.Comparer);
    }

    private sealed class DocumentsByReference : IEqualityComparer<object>
    {
        public static readonly DocumentsByReference Comparer = new();

        public new bool Equals(object? x, object? y) =>
            x is Document || y is Document ? ReferenceEquals(x, y) : object.Equals(x, y);

        public int GetHashCode(object obj) =>
            obj is Document ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj) : obj.GetHashCode();
    }
}
