using System.Globalization;
using System.Text;

namespace Mend.Pipeline;

/// <summary>
/// Author text quoted in a diagnostic, kept on the diagnostic's one line: a line break shows as <c>\n</c>, a tab as
/// <c>\t</c>, any other control character or line separator as <c>\uXXXX</c>.
/// </summary>
public static class OneLine
{
    public static string Of(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when NeedsEscape(character) => @"\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture),
                _ => character.ToString(),
            });
        }
        return builder.ToString();
    }

    private static bool NeedsEscape(char character) => char.IsControl(character) || character is '\u2028' or '\u2029';
}
