using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;
using Mend.Site.Core;

namespace Mend.Site.Markdown.OpenMarks;

/// <summary>
/// Stops a paragraph that opens thousands of emphasis marks or brackets, where it opens one too many. Markdig nests
/// each mark it has not closed yet inside the one before, walks down all of them for every new piece of text, and gives
/// up at 10,240 without saying where: the time grew with the square of the marks, and the error had no place.
/// </summary>
public sealed class OpenMarksGuard : InlineParser
{
    public OpenMarksGuard() => OpeningCharacters = ['*', '_', '[', '!'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (OpenMarks(processor) > Limits.OpenMarks)
        {
            processor.GetSourcePosition(slice.Start, out var line, out var column);
            throw new MarkdownTooDeepException(line + 1, column + 1);
        }
        return false;
    }

    // The marks the next piece of text goes inside: the last unclosed one, the last unclosed one in it, and so on.
    private static int OpenMarks(InlineProcessor processor)
    {
        var count = 0;
        for (var inline = processor.Root?.LastChild;
             inline is ContainerInline { IsClosed: false } open && count <= Limits.OpenMarks;
             inline = open.LastChild)
        {
            count++;
        }
        return count;
    }
}
