using System.Collections.Immutable;

namespace Mend.Site.ApologyChecks;

/// <summary>
/// A phrase an apology check looks for: plain words, matched whole and ignoring case, where <c>*</c> stands for up
/// to <see cref="MaxGap"/> words of the same sentence ("if anything i * hurt you"). The pattern language is kept
/// this small on purpose: the page's script implements the same matching, and authors need no regex.
/// </summary>
public sealed record ApologyPattern(string Text, ImmutableArray<string> Words)
{
    public const int MaxGap = 4;

    /// <summary>Joins patterns for the page's script; no valid pattern contains it.</summary>
    public const string Separator = "|";

    /// <summary>The pattern, or null and why it is not one.</summary>
    public static (ApologyPattern? Pattern, string? Problem) Parse(string text)
    {
        var odd = text.FirstOrDefault(c => !IsAllowed(c));
        if (odd != default)
        {
            return (null, $"'{odd}' cannot be part of a pattern: write plain words (letters, digits, apostrophes) and * for a few words in between");
        }
        var sentences = ApologyWords.Sentences(text);
        if (sentences.Count == 0 || sentences[0].All(w => w == ApologyWords.Gap))
        {
            return (null, "a pattern needs at least one word");
        }
        var words = sentences[0];
        if (words[0] == ApologyWords.Gap || words[^1] == ApologyWords.Gap)
        {
            return (null, "a pattern cannot start or end with *: it would match the same as without it");
        }
        if (words.Zip(words.Skip(1)).Any(pair => pair.First == ApologyWords.Gap && pair.Second == ApologyWords.Gap))
        {
            return (null, $"write * once between two words: one * already stands for up to {MaxGap} words");
        }
        return (new ApologyPattern(text, [.. words]), null);
    }

    // No sentence ends in a pattern (they are phrases), and nothing that looks like regex or another pattern language.
    private static bool IsAllowed(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '\'' or '\u2018' or '\u2019' or ' ' or '*';

    /// <summary>Whether the pattern is in one sentence of <paramref name="sentences"/>.</summary>
    public bool IsIn(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        sentences.Any(sentence => Enumerable.Range(0, sentence.Count).Any(start => MatchesAt(0, sentence, start)));

    private bool MatchesAt(int index, IReadOnlyList<string> sentence, int at)
    {
        if (index == Words.Length)
        {
            return true;
        }
        if (Words[index] == ApologyWords.Gap)
        {
            for (var skip = 0; skip <= MaxGap && at + skip <= sentence.Count; skip++)
            {
                if (MatchesAt(index + 1, sentence, at + skip))
                {
                    return true;
                }
            }
            return false;
        }
        return at < sentence.Count && sentence[at] == Words[index] && MatchesAt(index + 1, sentence, at + 1);
    }
}
