namespace Mend.Site.Catalogs;

/// <summary>
/// The first sentence of an entry's words, for the short quote under its title in a listing: every word up to the
/// first that ends in '.', '!', '?' or '…' (a closing quote or bracket may follow it). A sentence longer than
/// <see cref="Longest"/> is cut after the last whole word that fits and ends in an ellipsis; a word is never cut.
/// </summary>
public static class FirstSentence
{
    /// <summary>The most characters a quote has, its ellipsis included.</summary>
    public const int Longest = 120;

    // A no-break space is the author's choice to keep two words together; it is not a word break here.
    private static readonly char[] Spaces = [' ', '\t', '\r', '\n'];

    private static readonly char[] Closers = ['"', '\'', '”', '’', ')', ']'];

    public static string Of(string text)
    {
        var sentence = new List<string>();
        foreach (var word in text.Split(Spaces, StringSplitOptions.RemoveEmptyEntries))
        {
            sentence.Add(word);
            if (EndsASentence(word))
            {
                break;
            }
        }
        var whole = string.Join(' ', sentence);
        return whole.Length <= Longest || sentence.Count == 1 ? whole : Shortened(sentence);
    }

    private static bool EndsASentence(string word) => word.TrimEnd(Closers) is [.., '.' or '!' or '?' or '…'];

    private static string Shortened(List<string> words)
    {
        // The first word always, then each next one while it and the ellipsis still fit.
        var length = words[0].Length;
        var count = 1;
        while (length + 1 + words[count].Length + 1 <= Longest)
        {
            length += 1 + words[count].Length;
            count++;
        }
        return string.Join(' ', words.Take(count)).TrimEnd(',', ';', ':', '-', '–', '—') + "…";
    }
}
