using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mend.Site.Html;

namespace Mend.Site.Markdown.RawHtml;

/// <summary>
/// The tags of the raw HTML written in a Markdown text (its HTML blocks and inline tags), in order, each at the line
/// and column where it was written.
/// </summary>
public static class RawHtmlTags
{
    public static IEnumerable<RawHtmlTag> Of(MarkdownDocument document, string markdown)
    {
        var sourceLines = new Lazy<string[]>(() => markdown.Split('\n'));
        foreach (var node in document.Descendants())
        {
            var tags = node switch
            {
                HtmlBlock block => Read(block.Lines.ToString(), BlockPositions(block)),
                HtmlInline inline => Read(inline.Tag, InlinePositions(inline, sourceLines)),
                _ => [],
            };
            foreach (var tag in tags)
            {
                yield return tag;
            }
        }
    }

    private static IEnumerable<RawHtmlTag> Read(string html, Func<int, int, (int Line, int Column)> position)
    {
        foreach (var tag in HtmlTags.Of(html))
        {
            var (line, column) = position(tag.Position.Line, tag.Position.Column);
            var attributes = tag.Attributes.Select(a =>
            {
                var (attributeLine, attributeColumn) = position(a.Position.Line, a.Position.Column);
                return new RawHtmlAttr(a.Name, a.Value, attributeLine, attributeColumn);
            }).ToList();
            yield return new RawHtmlTag(tag.Name, tag.Type == HtmlTokenType.EndTag, tag.IsSelfClosing, line, column, attributes);
        }
    }

    // Each line of a block is a line of the source, from the column where the block's text starts on it (after the
    // '>' of a quote or the indent of a list item).
    private static Func<int, int, (int, int)> BlockPositions(HtmlBlock block)
    {
        var lines = block.Lines.Lines;
        return (line, column) =>
        {
            var source = lines[Math.Clamp(line - 1, 0, block.Lines.Count - 1)];
            return (source.Line + 1, source.Column + column);
        };
    }

    // An inline tag may run over several lines of its paragraph; Markdig drops the indent of those after the first,
    // so each is found in its source line.
    private static Func<int, int, (int, int)> InlinePositions(HtmlInline inline, Lazy<string[]> sourceLines)
    {
        var tagLines = inline.Tag.Split('\n');
        return (line, column) =>
        {
            if (line <= 1)
            {
                return (inline.Line + 1, inline.Column + column);
            }
            var sourceLine = inline.Line + line - 1;
            var start = sourceLine < sourceLines.Value.Length
                ? sourceLines.Value[sourceLine].IndexOf(tagLines[Math.Min(line, tagLines.Length) - 1], StringComparison.Ordinal)
                : -1;
            return (sourceLine + 1, Math.Max(start, 0) + column);
        };
    }
}
