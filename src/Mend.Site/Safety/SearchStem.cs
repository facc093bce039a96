using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Mend.Site.Safety;

/// <summary>
/// The search's light English stemmer, the same rule as <c>stem()</c> in the theme's <c>search-text.js</c>, so that a
/// page's word holds a search phrase's word in any form search would match it in (<c>threatened</c>, <c>threatens</c>
/// and <c>threatening</c> are all <c>threaten</c>). It takes search tokens (<see cref="Search.SearchTokenizer"/>).
/// </summary>
public static class SearchStem
{
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["forgot"] = "forget", ["forgotten"] = "forget", ["lied"] = "lie", ["lying"] = "lie", ["lies"] = "lie",
        ["said"] = "say", ["says"] = "say", ["told"] = "tell", ["felt"] = "feel", ["left"] = "leave", ["broke"] = "break",
        ["broken"] = "break", ["fought"] = "fight", ["kept"] = "keep", ["thought"] = "think", ["made"] = "make",
        ["took"] = "take", ["taken"] = "take", ["gave"] = "give", ["given"] = "give", ["went"] = "go", ["gone"] = "go",
        ["ran"] = "run", ["saw"] = "see", ["seen"] = "see", ["knew"] = "know", ["known"] = "know", ["wrote"] = "write",
        ["written"] = "write", ["spoke"] = "speak", ["spoken"] = "speak", ["hid"] = "hide", ["hidden"] = "hide",
        ["cheated"] = "cheat", ["children"] = "child", ["people"] = "person", ["men"] = "man", ["women"] = "woman",
        ["better"] = "good", ["best"] = "good", ["worse"] = "bad", ["worst"] = "bad",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Of(string token) => Cache.Count > 50_000 ? Stem(token) : Cache.GetOrAdd(token, Stem);

    private static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var regular))
        {
            word = regular;
        }
        if (word.Length < 4 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }
        var w = word;
        var inflected = false;
        bool Ends(string suffix) => w.Length > suffix.Length && w.EndsWith(suffix, StringComparison.Ordinal);

        if (Ends("ies") || Ends("ied"))
        {
            w = w.Length > 4 ? w[..^3] + "y" : w[..^1];
            inflected = true;
        }
        else if (Ends("ying") && w.Length == 5)
        {
            w = w[..^4] + "ie";
            inflected = true;
        }
        else if (Ends("s") && !Ends("ss") && !Ends("us") && !Ends("is"))
        {
            w = w[..^1];
            inflected = true;
        }
        if (Ends("ing") && w.Length - 3 >= 3 && HasVowel(w[..^3]))
        {
            w = Undouble(w[..^3]);
            inflected = true;
        }
        else if (Ends("ed") && w.Length - 2 >= 3 && HasVowel(w[..^2]))
        {
            w = Undouble(w[..^2]);
            inflected = true;
        }
        if (Ends("ness") && w.Length - 4 >= 4)
        {
            w = w[..^4];
        }
        else if (Ends("ment") && w.Length - 4 >= 4)
        {
            w = w[..^4];
        }
        else if (Ends("ful") && w.Length - 3 >= 4)
        {
            w = w[..^3];
        }
        else if (Ends("ly") && w.Length - 2 >= 4)
        {
            w = w[..^2];
        }
        else if (Ends("ism") && w.Length - 3 >= 4)
        {
            w = w[..^3];
        }
        if ((Ends("isation") || Ends("ization")) && w.Length - 7 >= 4)
        {
            w = w[..^7];
        }
        else if ((Ends("ise") || Ends("ize")) && w.Length - 3 >= 4)
        {
            w = w[..^3];
        }
        else if (inflected && (Ends("is") || Ends("iz")) && w.Length - 2 >= 4)
        {
            w = w[..^2];
        }
        if ((Ends("e") || Ends("y")) && w.Length > 4)
        {
            w = w[..^1];
        }
        return w;
    }

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    private static bool HasVowel(string text) => text.AsSpan().IndexOfAny(Vowels) >= 0;

    private static string Undouble(string w)
    {
        var n = w.Length;
        return n >= 3 && w[n - 1] == w[n - 2] && "aeioulsz".IndexOf(w[n - 1]) < 0 ? w[..^1] : w;
    }
}
