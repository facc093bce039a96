using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mend.Site.Markdown;

/// <summary>The text of a run of Markdown inlines as a reader sees it: literal text and code, without markup.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? inline) => inline is null
        ? ""
        : string.Concat(inline.Descendants<Inline>().Select(node => node switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        })).Trim();
}
