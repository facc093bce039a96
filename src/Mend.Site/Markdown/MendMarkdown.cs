using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mend.Site.Core;
using Mend.Site.Markdown.LinkMarkers;
using Mend.Site.Markdown.TaskBoxes;
using Mend.Site.Markdown.TaskListLabels;

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
        .UseTaskBoxesAtItemStart()
        .UseTaskListLabels()
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
            .Select(h => new Heading(h.GetAttributes().Id!, InlineText.Of(h.Inline), h.Level))];
}
