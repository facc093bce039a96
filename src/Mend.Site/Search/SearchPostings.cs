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
        var fields = SearchIndexFile.Weights.Count;
        var count = records.Count;
        var lengths = new int[fields, count];
        var totals = new double[fields];
        // term -> per record, the counts of the four fields (at most 255 each)
        var counts = new Dictionary<string, List<(int Record, int[] Tf)>>(StringComparer.Ordinal);
        for (var r = 0; r < count; r++)
        {
            for (var f = 0; f < fields; f++)
            {
                var tokens = SearchTokenizer.Tokens(FieldText(records[r], f));
                lengths[f, r] = tokens.Count;
                totals[f] += tokens.Count;
                foreach (var token in tokens)
                {
                    if (!counts.TryGetValue(token, out var list))
                    {
                        counts[token] = list = [];
                    }
                    if (list.Count == 0 || list[^1].Record != r)
                    {
                        list.Add((r, new int[fields]));
                    }
                    var tf = list[^1].Tf;
                    tf[f] = Math.Min(tf[f] + 1, 255);
                }
            }
        }

        var averages = totals.Select(total => count > 0 ? Math.Max(total / count, 1e-9) : 1).ToArray();
        var postings = new SortedDictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        foreach (var (term, list) in counts)
        {
            postings[term] = [.. list.Select(entry => (entry.Record, Score(entry.Record, entry.Tf)))];
        }
        return postings;

        double Score(int record, int[] tf)
        {
            var score = 0.0;
            for (var f = 0; f < fields; f++)
            {
                if (tf[f] > 0)
                {
                    var norm = 1 - B + B * lengths[f, record] / averages[f];
                    score += SearchIndexFile.Weights[f].Weight * (tf[f] * (K1 + 1)) / (tf[f] + K1 * norm);
                }
            }
            return score;
        }
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
