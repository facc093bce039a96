using Markdig.Extensions.SmartyPants;

namespace Mend.Site.Markdown.Typography;

/// <summary>
/// The characters SmartyPants puts in place of straight quotes, double and triple hyphens and three dots. Written as
/// characters rather than Markdig's default HTML entities, so that every reader of the text (the heading list, the
/// search index, the HTML checks) meets the same thing the page shows.
/// </summary>
public static class TypographicPunctuation
{
    public const char LeftDoubleQuote = '\u201C';
    public const char RightDoubleQuote = '\u201D';
    public const char LeftQuote = '\u2018';
    public const char RightQuote = '\u2019';
    public const char EnDash = '\u2013';
    public const char EmDash = '\u2014';
    public const char Ellipsis = '\u2026';

    public static SmartyPantOptions Options()
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftQuote] = LeftQuote.ToString();
        options.Mapping[SmartyPantType.RightQuote] = RightQuote.ToString();
        options.Mapping[SmartyPantType.LeftDoubleQuote] = LeftDoubleQuote.ToString();
        options.Mapping[SmartyPantType.RightDoubleQuote] = RightDoubleQuote.ToString();
        options.Mapping[SmartyPantType.LeftAngleQuote] = "\u00AB";
        options.Mapping[SmartyPantType.RightAngleQuote] = "\u00BB";
        options.Mapping[SmartyPantType.Dash2] = EnDash.ToString();
        options.Mapping[SmartyPantType.Dash3] = EmDash.ToString();
        options.Mapping[SmartyPantType.Ellipsis] = Ellipsis.ToString();
        return options;
    }

    private static readonly SmartyPantOptions Shared = Options();

    /// <summary>What <paramref name="pant"/> shows on the page.</summary>
    public static string Of(SmartyPant pant) =>
        Shared.Mapping.TryGetValue(pant.Type, out var text) ? text : pant.AsLiteralInline().Content.ToString();
}
