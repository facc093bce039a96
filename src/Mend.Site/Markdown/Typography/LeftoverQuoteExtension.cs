using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mend.Site.Markdown.Typography;

/// <summary>
/// Curls the quotes SmartyPants leaves straight. Markdig pairs quotes but keeps a lone <c>'</c> after a letter
/// ("I'm", "the kids' coats") as typed, and a pair of <c>"</c> right inside emphasis (<c>**"Sorry."**</c>). An
/// apostrophe after a letter closes; a double quote opens or closes by the rule plain text follows
/// (<see cref="TypographicText.OpensAfter"/>). Code is not text and keeps what was typed.
/// </summary>
public sealed class LeftoverQuoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += CurlQuotes;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void CurlQuotes(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var content = literal.Content;
            if (content.IndexOf('\'') < 0 && content.IndexOf('"') < 0)
            {
                continue;
            }
            var text = content.ToString().ToCharArray();
            for (var i = 0; i < text.Length; i++)
            {
                var before = i > 0 ? text[i - 1] : Before(literal);
                if (text[i] == '\'' && char.IsLetterOrDigit(before))
                {
                    text[i] = TypographicPunctuation.RightQuote;
                }
                else if (text[i] == '"')
                {
                    text[i] = TypographicText.OpensAfter(before)
                        ? TypographicPunctuation.LeftDoubleQuote
                        : TypographicPunctuation.RightDoubleQuote;
                }
            }
            literal.Content = new StringSlice(new string(text));
        }
    }

    // What the text before a literal ends with: the literal before it, if it is one; else nothing ('\0'), as at the
    // start of a paragraph or of emphasis.
    private static char Before(LiteralInline literal) =>
        literal.PreviousSibling is LiteralInline { Content: { Length: > 0 } before } ? before.Text[before.End] : '\0';
}
