using Markdig.Syntax;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Markdown.RawHtml;

namespace Mend.Site.Markdown;

/// <summary>
/// Reads the Markdown of a page's text (a guide, a YAML field) as the site publishes it: parsed, held to the limits
/// and to <see cref="UnsafeHtml"/>, every problem reported where <c>locate</c> says it was written.
/// </summary>
public static class MarkdownReader
{
    /// <summary>The parsed Markdown and the links it writes; null when it nests too deeply to publish.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <param name="locate">Where a line and column of the Markdown (from 1) are in its source file.</param>
    /// <param name="report">Receives each problem.</param>
    public static ReadMarkdown? Read(string markdown, Func<int, int, SourceLocation> locate, Action<Diagnostic> report)
    {
        if (!MendMarkdown.TryParse(markdown, out var document, out var tooDeep))
        {
            report(MarkdownNesting.Error(locate(tooDeep.Line, tooDeep.Column)));
            return null;
        }
        var tags = RawHtmlTags.Of(document, markdown).ToList();
        if (RawHtmlNesting.FirstTooDeep(tags) is { } deep)
        {
            report(RawHtmlNesting.Error(locate(deep.Line, deep.Column)));
            return null;
        }
        var problems = UnsafeHtml.Find(document, tags, locate)
            .Concat(UnknownBlockKinds.Find(document, locate))
            .Concat(ImagesWithoutAltText.Find(document, locate));
        foreach (var problem in problems)
        {
            report(problem);
        }
        return new ReadMarkdown(document, MarkdownLinks.Of(document, tags, locate));
    }
}

/// <summary>Markdown as <see cref="MarkdownReader"/> read it: its tree and the links it writes.</summary>
public sealed record ReadMarkdown(MarkdownDocument Document, WrittenLinks Links);
