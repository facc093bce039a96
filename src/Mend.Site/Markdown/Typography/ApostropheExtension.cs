using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mend.Site.Markdown.Typography;

/// <summary>
/// Curls the apostrophes SmartyPants leaves straight: Markdig pairs quotes but keeps a lone <c>'</c> after a letter
/// ("I'm", "the kids' coats") as typed. Code is not text and keeps what was typed.
/// </summary>
public sealed class ApostropheExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += CurlApostrophes;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void CurlApostrophes(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var content = literal.Content;
            if (content.IndexOf('\'') < 0)
            {
                continue;
            }
            var text = content.ToString().ToCharArray();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\'' && AfterALetter(literal, text, i))
                {
                    text[i] = TypographicPunctuation.RightQuote;
                }
            }
            literal.Content = new StringSlice(new string(text));
        }
    }

    // A quote at the start of a literal follows whatever text the literal before it (say, emphasis) ended with.
    private static bool AfterALetter(LiteralInline literal, char[] text, int index) =>
        index > 0 ? char.IsLetterOrDigit(text[index - 1]) : literal.PreviousSibling is LiteralInline { Content: { Length: > 0 } before } && char.IsLetterOrDigit(before.Text[before.End]);
}
