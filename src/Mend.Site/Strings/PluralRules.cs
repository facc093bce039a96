namespace Mend.Site.Strings;

/// <summary>
/// Which of a string's two forms a count takes, by language; the same rule as <c>dom.js</c>'s <c>plural</c>.
/// French and Portuguese say "0 résultat", English "0 results".
/// </summary>
public static class PluralRules
{
    public static bool IsOne(string language, long count) => BaseLanguage(language) switch
    {
        "fr" or "pt" => count is 0 or 1,
        _ => count == 1,
    };

    public static string BaseLanguage(string language) =>
        language.Split('-')[0].ToLowerInvariant();
}
