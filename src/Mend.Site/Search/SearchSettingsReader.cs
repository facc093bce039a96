using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.Search;

/// <summary>
/// Reads and validates <c>input/search.yml</c>. Its words are turned into search tokens here, by the one rule of
/// <see cref="SearchTokenizer"/>, so that the client compares them with a query's tokens as they are. Whether the
/// pages a phrase names exist is checked once every page is known (<see cref="BuildSearchIndex"/>).
/// </summary>
public static class SearchSettingsReader
{
    public const string FileName = "search.yml";

    public static SearchSettings Read(string path, string text, ICollection<Diagnostic> diagnostics)
    {
        var map = new YamlSource(path, 0, diagnostics).LoadMapping(text);
        if (map is null)
        {
            return SearchSettings.None;
        }
        var groups = map.OptionalStringLists("synonyms") ?? [];
        var phrases = map.OptionalMapList("phrases") ?? [];
        map.RejectUnknownKeys();
        return new SearchSettings(Synonyms(groups, diagnostics), Phrases(phrases, diagnostics));
    }

    private static ImmutableArray<ImmutableArray<string>> Synonyms(
        IReadOnlyList<IReadOnlyList<Located<string>>> groups, ICollection<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var group in groups)
        {
            var words = new List<string>();
            foreach (var word in group)
            {
                var tokens = SearchTokenizer.Tokens(word.Value);
                if (tokens.Count != 1)
                {
                    diagnostics.Add(word.Location.Error(ErrorCodes.InvalidValue, tokens.Count == 0
                        ? $"synonym '{OneLine.Of(word.Value)}' has no letters or digits"
                        : $"synonym '{OneLine.Of(word.Value)}' must be one word; a reader's words of more than one go under 'phrases'"));
                }
                else if (seen.TryGetValue(tokens[0], out var first))
                {
                    diagnostics.Add(word.Location.Error(ErrorCodes.DuplicateId,
                        $"synonym '{OneLine.Of(word.Value)}' is already in a group, at line {first.Line}; a word may be in one group only"));
                }
                else
                {
                    seen[tokens[0]] = word.Location;
                    words.Add(tokens[0]);
                }
            }
            if (group.Count == 1)
            {
                diagnostics.Add(group[0].Location.Error(ErrorCodes.InvalidValue,
                    $"a group of synonyms needs at least two words, but '{OneLine.Of(group[0].Value)}' is alone"));
            }
            if (words.Count > 1)
            {
                result.Add([.. words]);
            }
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<SearchPhrase> Phrases(IReadOnlyList<YamlMapReader> phrases, ICollection<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<SearchPhrase>();
        foreach (var entry in phrases)
        {
            var phrase = entry.RequiredString("phrase");
            var pages = SchemaChecks.AtLeastOne(entry, "pages", entry.RequiredStringList("pages"));
            entry.RejectUnknownKeys();
            if (phrase is null)
            {
                continue;
            }
            var tokens = string.Join(' ', SearchTokenizer.Tokens(phrase.Value));
            if (tokens.Length == 0)
            {
                diagnostics.Add(phrase.Location.Error(ErrorCodes.InvalidValue,
                    $"phrase '{OneLine.Of(phrase.Value)}' has no words: a phrase needs at least one word of letters or digits"));
            }
            else if (seen.TryGetValue(tokens, out var first))
            {
                diagnostics.Add(phrase.Location.Error(ErrorCodes.DuplicateId,
                    $"phrase '{OneLine.Of(phrase.Value)}' is already given, at line {first.Line}; list all its pages there"));
            }
            else
            {
                seen[tokens] = phrase.Location;
                result.Add(new SearchPhrase(tokens, [.. pages]));
            }
        }
        return result.ToImmutable();
    }
}
