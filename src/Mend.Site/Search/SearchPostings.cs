using Mend.Pipeline;

namespace Mend.Site.Search;

/// <summary>
/// The inverted index of the records: per term, the records it occurs in (ascending) with the part of their BM25
/// score that does not depend on the term's rarity. Each field counts with its weight: per field,
/// weight × tf(k1+1) / (tf + k1(1 - b + b·length/average)), summed; the client multiplies by the term's idf, which
/// it works out from the term's document frequency. Terms are tokenized with <see cref="SearchTokenizer"/>, as the
/// client tokenizes queries.
/// </summary>
public static class SearchPostings
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static SortedDictionary<string, List<(int Record, double Score)>> Build(IReadOnlyList<SearchRecord> records)
    {
        var terms = new SearchTerms();
        return Build(InParallel.Map(records, record => Count(record, terms)), terms);
    }

    /// <summary>One record's tokens, field by field, numbered in <paramref name="terms"/>.</summary>
    public static CountedRecord Count(SearchRecord record, SearchTerms terms)
    {
        var fields = SearchIndexFile.Weights.Count;
        var lengths = new int[fields];
        var counts = new Dictionary<int, uint>();
        for (var f = 0; f < fields; f++)
        {
            var field = f;
            SearchTokenizer.ForEach(FieldText(record, f), token =>
            {
                var term = terms.IdOf(token);
                lengths[field]++;
                counts[term] = Counts.Add(counts.GetValueOrDefault(term), field);
            });
        }
        return new CountedRecord(lengths, [.. counts.Select(pair => (pair.Key, pair.Value))]);
    }

    /// <summary>The postings of records already counted (in record order) against <paramref name="terms"/>.</summary>
    public static SortedDictionary<string, List<(int Record, double Score)>> Build(IReadOnlyList<CountedRecord> counted, SearchTerms terms)
    {
        var fields = SearchIndexFile.Weights.Count;
        var count = counted.Count;
        var totals = new double[fields];
        var lists = new List<(int Record, uint Counts)>?[terms.Count];
        for (var r = 0; r < count; r++)
        {
            for (var f = 0; f < fields; f++)
            {
                totals[f] += counted[r].Lengths[f];
            }
            foreach (var (term, tf) in counted[r].Terms)
            {
                (lists[term] ??= []).Add((r, tf));
            }
        }

        var averages = totals.Select(total => count > 0 ? Math.Max(total / count, 1e-9) : 1).ToArray();
        var postings = new SortedDictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        foreach (var (text, term) in terms.All)
        {
            if (term < lists.Length && lists[term] is { } list)
            {
                postings[text] = [.. list.Select(entry => (entry.Record, Score(entry.Record, entry.Counts)))];
            }
        }
        return postings;

        double Score(int record, uint tf)
        {
            var score = 0.0;
            for (var f = 0; f < fields; f++)
            {
                var n = Counts.Of(tf, f);
                if (n > 0)
                {
                    var norm = 1 - B + B * counted[record].Lengths[f] / averages[f];
                    score += SearchIndexFile.Weights[f].Weight * (n * (K1 + 1)) / (n + K1 * norm);
                }
            }
            return score;
        }
    }

    /// <summary>A term's counts in a record's four fields, a byte each (at most 255), in one number.</summary>
    private static class Counts
    {
        public static int Of(uint counts, int field) => (int)((counts >> (8 * field)) & 255);

        public static uint Add(uint counts, int field) => Of(counts, field) < 255 ? counts + (1u << (8 * field)) : counts;
    }

    /// <summary>
    /// The best <paramref name="count"/> postings of a list, by their stored (quantized) score, the earlier record
    /// first among equal ones, in record order.
    /// </summary>
    public static List<(int Record, double Score)> Best(IReadOnlyList<(int Record, double Score)> postings, int count) =>
        [.. postings
            .OrderByDescending(p => SearchEncoding.QuantizeScore(p.Score))
            .ThenBy(p => p.Record)
            .Take(count)
            .OrderBy(p => p.Record)];

    private static string FieldText(SearchRecord record, int field) => field switch
    {
        0 => record.Title,
        1 => record.Heading,
        2 => string.Join(' ', record.Tags),
        _ => record.Body,
    };
}
