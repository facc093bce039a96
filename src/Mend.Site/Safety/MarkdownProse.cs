using System.Text.RegularExpressions;

namespace Mend.Site.Safety;

/// <summary>
/// Markdown with what a reader never reads as words blanked out: link addresses (<c>](xref:someone-hurt-me)</c>),
/// reference definitions, attribute blocks (<c>{#id}</c>) and HTML tags. Every other character, line breaks included,
/// stays where it was, so a word's line and column are still where it is written.
/// </summary>
public static partial class MarkdownProse
{
    public static string Of(string markdown) => Hidden().Replace(markdown, match => Blank(match.Value));

    private static string Blank(string text) => string.Concat(text.Select(c => c is '\r' or '\n' ? c : ' '));

    // A link's destination and title, after its text's closing bracket; a reference definition; {#id .class};
    // an HTML tag or comment.
    [GeneratedRegex(@"(?<=\])\([^)]*\)|^[ ]{0,3}\[[^\]\r\n]+\]:[^\r\n]*|\{[#.][^}\r\n]*\}|<!--.*?-->|</?[A-Za-z][^>]*>",
        RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Hidden();
}
