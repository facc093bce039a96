using System.Collections.Immutable;
using Mend.Site.Guides;
using Mend.Site.Search;

namespace Mend.Site.Safety;

/// <summary>A danger phrase: its words as written in <c>search.yml</c> (search tokens) and their stems.</summary>
public sealed record DangerPhrase(string Tokens, ImmutableArray<string> Stems);

/// <summary>
/// The danger words: the <c>search.yml</c> phrases whose <c>pages</c> start with the safety guide, the words a reader
/// in danger types. A phrase added there is one more danger word, with nothing to change here.
/// </summary>
public static class DangerPhrases
{
    public static ImmutableArray<DangerPhrase> Of(SearchSettings settings) =>
        [.. settings.Phrases
            .Where(p => p.Pages.Length > 0 && p.Pages[0].Value == Guide.SafetyId)
            .Select(p => new DangerPhrase(p.Tokens, [.. p.Tokens.Split(' ').Select(SearchStem.Of)]))];

    /// <summary>
    /// The first word of the prose of <paramref name="text"/> (Markdown: <see cref="MarkdownProse"/>) that starts one of <paramref name="phrases"/> in a row, in any form
    /// search would match (<see cref="SearchStem"/>), with the phrase; null when the text has none.
    /// </summary>
    public static (WrittenWord Word, DangerPhrase Phrase)? FirstIn(string text, ImmutableArray<DangerPhrase> phrases)
    {
        if (phrases.IsEmpty)
        {
            return null;
        }
        var words = WrittenWords.Of(MarkdownProse.Of(text)).ToList();
        var stems = words.Select(w => SearchStem.Of(w.Token)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in phrases)
            {
                if (i + phrase.Stems.Length <= words.Count && Enumerable.Range(0, phrase.Stems.Length).All(k => stems[i + k] == phrase.Stems[k]))
                {
                    return (words[i], phrase);
                }
            }
        }
        return null;
    }
}
