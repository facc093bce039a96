using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Search;

/// <summary>
/// What <c>input/search.yml</c> says about how readers' words find pages: <see cref="Synonyms"/>, groups of words
/// (each one search token) a query treats as the same, and <see cref="Phrases"/>, a reader's words that put the pages
/// they name first. Without the file, both are empty and search works on the pages' own words alone.
/// </summary>
public sealed record SearchSettings(ImmutableArray<ImmutableArray<string>> Synonyms, ImmutableArray<SearchPhrase> Phrases)
{
    public static SearchSettings None { get; } = new([], []);
}

/// <summary>
/// A phrase as its search tokens joined by single spaces (<c>won't talk</c> is <c>wont talk</c>), and the ids of the
/// pages it puts first, in the order they are written, each with where it is written.
/// </summary>
public sealed record SearchPhrase(string Tokens, ImmutableArray<Located<string>> Pages);
