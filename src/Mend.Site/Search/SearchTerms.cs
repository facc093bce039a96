using System.Collections.Concurrent;

namespace Mend.Site.Search;

/// <summary>
/// The terms of the index, each with a number, shared by every record counted with it: counting looks a token up
/// here instead of making a string of it. A rebuild keeps the same table, so that the counts it kept for unchanged
/// pages still name their terms; a term no page has any more just has no postings.
/// </summary>
public sealed class SearchTerms
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private int _last = -1;

    /// <summary>One more than the highest number given so far.</summary>
    public int Count => Volatile.Read(ref _last) + 1;

    public int IdOf(ReadOnlySpan<char> token)
    {
        var byText = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (byText.TryGetValue(token, out var id))
        {
            return id;
        }
        // Two records may meet a new term at once: one number wins, the other is never used.
        var next = Interlocked.Increment(ref _last);
        return byText.TryAdd(token, next) ? next : byText[token];
    }

    /// <summary>Every term with its number.</summary>
    public IEnumerable<KeyValuePair<string, int>> All => _ids;
}

/// <summary>One record's tokens: per field, how many; per term, its counts in the four fields (a byte each).</summary>
public sealed record CountedRecord(int[] Lengths, (int Term, uint Counts)[] Terms);
