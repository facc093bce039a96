using System.Text;
using static Mend.Site.Markdown.Typography.TypographicPunctuation;

namespace Mend.Site.Markdown.Typography;

/// <summary>
/// Curly quotes, dashes and ellipses for plain text that is not Markdown (a catalog's words to say), by the rules
/// SmartyPants applies to Markdown: a quote opens at the start or after a space or an opening bracket, dash or quote,
/// and closes (or is an apostrophe) anywhere else; "--" is an en dash, "---" an em dash, "..." an ellipsis.
/// </summary>
public static class TypographicText
{
    public static string Of(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opens = OpensAfter(result.Length == 0 ? '\0' : result[^1]);
            switch (c)
            {
                case '"':
                    result.Append(opens ? LeftDoubleQuote : RightDoubleQuote);
                    break;
                case '\'':
                    result.Append(opens ? LeftQuote : RightQuote);
                    break;
                case '-' when At(text, i, "---"):
                    result.Append(EmDash);
                    i += 2;
                    break;
                case '-' when At(text, i, "--"):
                    result.Append(EnDash);
                    i += 1;
                    break;
                case '.' when At(text, i, "..."):
                    result.Append(Ellipsis);
                    i += 2;
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    private static bool At(string text, int index, string run) => string.CompareOrdinal(text, index, run, 0, run.Length) == 0;

    /// <summary>
    /// Whether a quote after <paramref name="before"/> opens: at the start of a text ('\0') or after a space, an
    /// opening bracket, a dash or an opening quote; anywhere else it closes.
    /// </summary>
    public static bool OpensAfter(char before) =>
        before is '\0' || char.IsWhiteSpace(before) || before is '(' or '[' or '{' or EnDash or EmDash or LeftDoubleQuote or LeftQuote;
}
