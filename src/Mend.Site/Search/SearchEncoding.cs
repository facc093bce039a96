using System.Text;

namespace Mend.Site.Search;

/// <summary>
/// The compact text the index's shards hold numbers in, read back by the theme's <c>search-engine.js</c>: a list of
/// numbers is one string of URL-safe base-64 digits, each number little-endian in groups of five bits, where a digit
/// of 32 or more says another group follows. A posting list is, per record, the step from the previous record's
/// number (the first counts from -1) and then its score in two digits.
/// </summary>
public static class SearchEncoding
{
    public const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>A score is stored as round(log2(score) * ScoreScale) + ScoreOffset, from 0 to 4095: steps of 0.27%.</summary>
    public const int ScoreScale = 256;

    public const int ScoreOffset = 2560;

    public static void AppendNumber(StringBuilder text, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        while (value >= 32)
        {
            text.Append(Digits[32 + (value & 31)]);
            value >>= 5;
        }
        text.Append(Digits[value]);
    }

    /// <summary>Ascending numbers as their steps: the first from -1, so every step is at least one (stored less one).</summary>
    public static string Steps(IEnumerable<int> ascending)
    {
        var text = new StringBuilder();
        var previous = -1;
        foreach (var value in ascending)
        {
            AppendNumber(text, value - previous - 1);
            previous = value;
        }
        return text.ToString();
    }

    public static int QuantizeScore(double score)
    {
        var q = (int)Math.Round(Math.Log2(score) * ScoreScale, MidpointRounding.AwayFromZero) + ScoreOffset;
        return Math.Clamp(q, 0, 4095);
    }

    /// <summary>Record numbers (ascending) with their scores.</summary>
    public static string Postings(IEnumerable<(int Record, double Score)> postings)
    {
        var text = new StringBuilder();
        var previous = -1;
        foreach (var (record, score) in postings)
        {
            AppendNumber(text, record - previous - 1);
            previous = record;
            var q = QuantizeScore(score);
            text.Append(Digits[q >> 6]).Append(Digits[q & 63]);
        }
        return text.ToString();
    }
}
