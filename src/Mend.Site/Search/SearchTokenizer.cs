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
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (c is not ('\'' or '\u2019') || current.Length == 0)
            {
                Flush();
            }
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
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
