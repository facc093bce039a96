using Mend.Site.Search;

namespace Mend.Site.Safety;

/// <summary>A search token of a text and the line and column (from 1) of the text where its word starts.</summary>
public readonly record struct WrittenWord(string Token, string Written, int Line, int Column);

/// <summary>
/// The words of a text as search tokens (<see cref="SearchTokenizer"/>), each with where it is written. A word is a run
/// of letters, digits, accents and apostrophes; each token it gives is placed at its start.
/// </summary>
public static class WrittenWords
{
    public static IEnumerable<WrittenWord> Of(string text)
    {
        var (line, column) = (1, 1);
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordStart(text[i]))
            {
                (line, column) = Advance(text, i, line, column);
                i++;
                continue;
            }
            var start = i;
            var (startLine, startColumn) = (line, column);
            while (i < text.Length && IsInWord(text[i]))
            {
                column++;
                i++;
            }
            var written = text[start..i];
            foreach (var token in SearchTokenizer.Tokens(written))
            {
                yield return new WrittenWord(token, written, startLine, startColumn);
            }
        }
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c);

    private static bool IsInWord(char c) =>
        char.IsLetterOrDigit(c) || c is '\'' or '\u2019' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    // A line ends at \n, \r\n or a lone \r.
    private static (int Line, int Column) Advance(string text, int i, int line, int column) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')) ? (line + 1, 1) : (line, column + 1);
}
