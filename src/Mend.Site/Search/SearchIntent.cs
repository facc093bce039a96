using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Search;

/// <summary>
/// What the index's manifest tells the client about readers' words, from <see cref="SearchSettings"/>: the groups of
/// synonyms (search tokens) and, per phrase (its tokens joined by spaces), the numbers of the pages it puts first, in
/// the order the author listed them; and <see cref="Safety"/>, the number of the safety guide's page, so that a query
/// whose phrases pin it can show a line pointing to it above its results. Small enough for the manifest, so it works
/// offline with the first query.
/// </summary>
public sealed record SearchIntent(
    ImmutableArray<ImmutableArray<string>> Synonyms, ImmutableArray<(string Tokens, ImmutableArray<int> Pages)> Phrases, int? Safety = null)
{
    public static SearchIntent None { get; } = new([], []);

    /// <summary>
    /// The settings with each page id a phrase names turned into its page's number in the index; an id no page of the
    /// index has (a guide or an entry) is an error where it is written, and is left out.
    /// </summary>
    public static SearchIntent Of(SearchSettings settings, IReadOnlyDictionary<string, int> pageNumbers, Action<Diagnostic> report)
    {
        var phrases = ImmutableArray.CreateBuilder<(string, ImmutableArray<int>)>(settings.Phrases.Length);
        foreach (var phrase in settings.Phrases)
        {
            var pages = new List<int>();
            foreach (var id in phrase.Pages)
            {
                if (pageNumbers.TryGetValue(id.Value, out var page))
                {
                    pages.Add(page);
                }
                else
                {
                    report(id.Location.Error(ErrorCodes.UnknownXref,
                        $"phrase '{phrase.Tokens}' names unknown page '{OneLine.Of(id.Value)}': name a guide or a catalog entry by its id"));
                }
            }
            phrases.Add((phrase.Tokens, [.. pages.Distinct()]));
        }
        int? safety = pageNumbers.TryGetValue(Guides.Guide.SafetyId, out var number) ? number : null;
        return new SearchIntent(settings.Synonyms, phrases.ToImmutable(), safety);
    }
}
