using System.Globalization;
using System.Text;

namespace Mend.Site.Search;

/// <summary>
/// The one rule for turning text into search tokens, shared with the theme's <c>search-text.js</c> (both are tested
/// against <c>tests/fixtures/search/tokenize.json</c>): accents folded, lower case, apostrophes dropped inside
/// words (<c>don't</c> is <c>dont</c>), and every other character that is not a letter or digit a separator.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Called with each token; the span is only valid during the call.</summary>
    public delegate void TokenAction(ReadOnlySpan<char> token);

    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        ForEach(text, token => tokens.Add(token.ToString()));
        return tokens;
    }

    /// <summary>
    /// Calls <paramref name="action"/> with each token of <paramref name="text"/>, in order, without making a string
    /// of each: the index's builder looks most tokens up rather than keeping them.
    /// </summary>
    public static void ForEach(string text, TokenAction action)
    {
        // Plain ASCII, most of the text, folds to its lower case; anything else takes the full fold first.
        var folded = System.Text.Ascii.IsValid(text) ? text : Fold(text);
        var token = new char[64];
        var length = 0;
        foreach (var raw in folded)
        {
            var c = raw is >= 'A' and <= 'Z' ? (char)(raw + 32) : raw;
            if (char.IsLetterOrDigit(c))
            {
                if (length == token.Length)
                {
                    Array.Resize(ref token, token.Length * 2);
                }
                token[length++] = c;
            }
            else if (c is not ('\'' or '\u2019') || length == 0)
            {
                Flush();
            }
        }
        Flush();

        void Flush()
        {
            if (length > 0)
            {
                action(token.AsSpan(0, length));
                length = 0;
            }
        }
    }

    /// <summary>Lower case without accents: <c>Café</c> becomes <c>cafe</c>.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
