using Mend.Site.Markdown.Typography;

namespace Mend.Site.Templates;

/// <summary>Template functions for plain text.</summary>
public static class TextFunctions
{
    /// <summary>
    /// <c>{{ entry.say | typographic }}</c>: plain text with the curly quotes, dashes and ellipses the site's Markdown
    /// gets, so that words from a catalog look like words from a guide.
    /// </summary>
    public static string Typographic(string? text) => TypographicText.Of(text ?? "");
}
