using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mend.Site.Content;
using Mend.Site.Markdown.LinkMarkers;

namespace Mend.Site.Markdown;

/// <summary>The one Markdown pipeline of the site, built once: it is immutable and safe to share.</summary>
public static class MendMarkdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseLinkMarkers()
        .UseGenericAttributes() // must come last: it reads attributes the other extensions leave behind
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(MarkdownDocument document) => document.ToHtml(Pipeline);

    /// <summary>Renders Markdown that has no headings to speak of (a summary, a catalog field).</summary>
    public static string ToHtml(string markdown) => ToHtml(Parse(markdown));

    public static ImmutableArray<Heading> Headings(MarkdownDocument document) =>
        [.. document.Descendants<HeadingBlock>()
            .Where(h => h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new Heading(h.GetAttributes().Id!, PlainText(h.Inline), h.Level))];

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var text = string.Concat(inline.Descendants<Inline>().Select(node => node switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));
        return text.Trim();
    }
}
