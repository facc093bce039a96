using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Mend.Pipeline.IO;
using Mend.Site.Core;
using Mend.Site.Markdown.Callouts;
using Mend.Site.Markdown.Containers;
using Mend.Site.Markdown.HeadingIds;
using Mend.Site.Markdown.LinkMarkers;
using Mend.Site.Markdown.OpenMarks;
using Mend.Site.Markdown.TaskBoxes;
using Mend.Site.Markdown.TaskListLabels;
using Mend.Site.Markdown.Typography;

namespace Mend.Site.Markdown;

/// <summary>The one Markdown pipeline of the site, built once: it is immutable and safe to share.</summary>
public static class MendMarkdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder
        {
            // Above what Markdown within the site's own limit needs (a list and its item are two of Markdig's levels,
            // a table, its row and its cell three), so that the limit, not Markdig, decides.
            MaximumNestingDepth = 4 * Limits.MarkdownNesting,
        }
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseSmartyPants(TypographicPunctuation.Options())
        .UseCurlyLeftoverQuotes()
        .UseMendContainers()
        .UseCallouts()
        .UseTaskLists()
        .UseTaskBoxesAtItemStart()
        .UseTaskListLabels()
        .UseHeadingIds()
        .UseLinkMarkers()
        .UseOpenMarksGuard()
        .UseGenericAttributes() // must come last: it reads attributes the other extensions leave behind
        .Build();

    /// <summary>
    /// Parses <paramref name="markdown"/>; false when it nests deeper than <see cref="Limits.MarkdownNesting"/> (or one
    /// paragraph opens more marks than <see cref="OpenMarksGuard"/> lets it), with where it first does (line and column
    /// from 1) in <paramref name="tooDeep"/>.
    /// </summary>
    public static bool TryParse(string markdown, [NotNullWhen(true)] out MarkdownDocument? document, out (int Line, int Column) tooDeep)
    {
        (int Line, int Column)? found;
        try
        {
            document = ParseWithinMarkdigsLimits(markdown);
            found = document is null ? TooDeepForMarkdig(markdown) : MarkdownNesting.FirstTooDeep(document);
        }
        catch (MarkdownTooDeepException exception)
        {
            (document, found) = (null, (exception.Line, exception.Column));
        }
        tooDeep = found ?? default;
        if (found is not null)
        {
            document = null;
        }
        return document is not null;
    }

    public static string ToHtml(MarkdownDocument document) => document.ToHtml(Pipeline);

    public static ImmutableArray<Heading> Headings(MarkdownDocument document) =>
        [.. document.Descendants<HeadingBlock>()
            .Where(h => h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new Heading(h.GetAttributes().Id!, InlineText.Of(h.Inline), h.Level))];

    /// <summary>Markdig's tree of <paramref name="markdown"/>, or null when Markdig refuses it as nested too deeply.</summary>
    private static MarkdownDocument? ParseWithinMarkdigsLimits(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        // Markdig's only refusal of its input: nesting past its own limits, some of them fixed (thousands of brackets
        // or emphasis marks open in one paragraph).
        catch (ArgumentException exception) when (exception.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>
    /// Where Markdown that Markdig refuses goes too deep: the longest beginning of it that Markdig reads is found by
    /// halving, and in it the first element nested past the limit, or else the point where Markdig stops reading.
    /// </summary>
    private static (int Line, int Column) TooDeepForMarkdig(string markdown)
    {
        var (read, refused) = (0, markdown.Length);
        // Doubling first: the place is usually early, and each try costs a parse of the beginning it tries.
        for (var length = 1024; length < refused; length *= 2)
        {
            if (ParseWithinMarkdigsLimits(markdown[..length]) is null)
            {
                refused = length;
                break;
            }
            read = length;
        }
        while (refused - read > 1)
        {
            var middle = read + ((refused - read) / 2);
            (read, refused) = ParseWithinMarkdigsLimits(markdown[..middle]) is null ? (read, middle) : (middle, refused);
        }
        var beginning = ParseWithinMarkdigsLimits(markdown[..read]);
        return (beginning is null ? null : MarkdownNesting.FirstTooDeep(beginning)) ?? TextPositions.Of(markdown, read);
    }
}
