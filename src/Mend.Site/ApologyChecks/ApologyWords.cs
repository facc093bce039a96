namespace Mend.Site.ApologyChecks;

/// <summary>
/// Splits an apology (or a pattern) into sentences of lower-case words, as the page's <c>apology-check.js</c> does
/// (both are tested against <c>tests/fixtures/apology-checks/cases.json</c>). A word is a run of ASCII letters,
/// digits and apostrophes (curly ones count as straight), without apostrophes at its ends; <c>. ! ? ;</c> and line
/// breaks end a sentence; anything else only separates words. Deliberately ASCII: the two implementations must
/// agree character for character, and the checks are English.
/// </summary>
public static class ApologyWords
{
    /// <summary>Stands for "any few words" in a pattern; kept as a word of its own.</summary>
    public const string Gap = "*";

    public static IReadOnlyList<IReadOnlyList<string>> Sentences(string text)
    {
        var sentences = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var word = new System.Text.StringBuilder();

        void EndWord()
        {
            var trimmed = word.ToString().Trim('\'');
            if (trimmed.Length > 0)
            {
                words.Add(trimmed);
            }
            word.Clear();
        }

        void EndSentence()
        {
            EndWord();
            if (words.Count > 0)
            {
                sentences.Add([.. words]);
            }
            words.Clear();
        }

        foreach (var c in text)
        {
            if (c is >= 'A' and <= 'Z')
            {
                word.Append((char)(c + ('a' - 'A')));
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '\'' or '\u2018' or '\u2019')
            {
                word.Append(c is '\u2018' or '\u2019' ? '\'' : c);
            }
            else if (c is '.' or '!' or '?' or ';' or '\n' or '\r')
            {
                EndSentence();
            }
            else if (c == '*')
            {
                EndWord();
                words.Add(Gap);
            }
            else
            {
                EndWord();
            }
        }
        EndSentence();
        return sentences;
    }
}
