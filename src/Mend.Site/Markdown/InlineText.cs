using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mend.Site.Markdown.Containers;
using Mend.Site.Markdown.Typography;

namespace Mend.Site.Markdown;

/// <summary>The text of a run of Markdown inlines as a reader sees it: literal text and code, without markup.</summary>
public static class InlineText
{
    /// <param name="inline">The inlines.</param>
    /// <param name="withStepNumber">Whether a step's heading starts with "Step N: ", as it reads on the page.</param>
    public static string Of(ContainerInline? inline, bool withStepNumber = true) => inline is null
        ? ""
        : string.Concat(inline.Descendants<Inline>().Select(node => node switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            SmartyPant pant => TypographicPunctuation.Of(pant),
            StepNumberInline step when withStepNumber => step.Text,
            _ => "",
        })).Trim();
}
