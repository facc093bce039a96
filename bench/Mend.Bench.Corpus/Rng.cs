namespace Mend.Bench.Corpus;

/// <summary>
/// SplitMix64: a small random generator whose sequence is fixed by its seed on every platform and runtime, so the
/// same arguments always give byte-identical files. Each guide and entry has its own stream, keyed by name and
/// index, so what one draws never shifts another.
/// </summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public static Rng For(int seed, string stream, int index)
    {
        // FNV-1a over the stream's name, then mixed with the seed and the index.
        var hash = 14695981039346656037UL;
        foreach (var c in stream)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return new Rng(hash ^ ((ulong)(uint)seed << 32) ^ (ulong)(uint)index);
    }

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number from 0 to <paramref name="count"/> - 1.</summary>
    public int Below(int count) => (int)(Next() % (ulong)count);

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary><paramref name="count"/> distinct items, in the order drawn.</summary>
    public List<T> Distinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new List<T>();
        var taken = new HashSet<int>();
        while (chosen.Count < Math.Min(count, items.Count))
        {
            var index = Below(items.Count);
            if (taken.Add(index))
            {
                chosen.Add(items[index]);
            }
        }
        return chosen;
    }
}
