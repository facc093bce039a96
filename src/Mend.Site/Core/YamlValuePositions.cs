using System.Runtime.CompilerServices;

namespace Mend.Site.Core;

/// <summary>
/// Finds where a line and column of a YAML value's text was written in its file. The value is its scalar's text with
/// indentation removed, lines folded and quotes undone, so every character of it that is not white space appears in
/// the file in the same order: each is matched to the next such character after the value's start, skipping only
/// white space, quotes and backslashes. A value whose escapes defeat this (<c>"\u0041"</c>) is located at its start.
/// </summary>
public static class YamlValuePositions
{
    // Where each line of a file starts, found once per file: a catalog of thousands of entries has one file text for
    // all of them, and finding it for each field that has a link would grow with the square of the file.
    private static readonly ConditionalWeakTable<YamlText, int[]> FileLines = new();

    /// <summary>
    /// Where line <c>line</c>, column <c>column</c> (both from 1) of <paramref name="value"/>'s text is in
    /// <paramref name="fileText"/>; without the file's text, every position is the value's start.
    /// </summary>
    public static Func<int, int, SourceLocation> Of(Located<string> value, YamlText? fileText)
    {
        if (fileText is null)
        {
            return (_, _) => value.Location;
        }
        var fileLines = new Lazy<int[]>(() => FileLines.GetValue(fileText, file => LineStarts(file.Text)));
        var offsets = new Lazy<int[]?>(() => Align(value, fileText.Text, fileLines.Value));
        var valueLines = new Lazy<int[]>(() => LineStarts(value.Value));
        return (line, column) =>
        {
            if (offsets.Value is not { Length: > 0 } found)
            {
                return value.Location;
            }
            var starts = valueLines.Value;
            var lineStart = starts[Math.Clamp(line, 1, starts.Length) - 1];
            var offset = found[Math.Clamp(lineStart + column - 1, 0, found.Length - 1)];
            var row = LineOf(fileLines.Value, offset);
            return new SourceLocation(value.Location.File, row + 1, offset - fileLines.Value[row] + 1);
        };
    }

    /// <summary>The offset in the file of each character of the value, or null when they cannot all be matched.</summary>
    private static int[]? Align(Located<string> value, string file, int[] fileLines)
    {
        var (line, column) = (value.Location.Line, value.Location.Column);
        if (line < 1 || line > fileLines.Length || fileLines[line - 1] + column - 1 >= file.Length)
        {
            return null;
        }
        var at = fileLines[line - 1] + column - 1;
        at = file[at] switch
        {
            // A block scalar's text starts on the line after its indicator (and any comment after it).
            '|' or '>' => line < fileLines.Length ? fileLines[line] : file.Length,
            '"' or '\'' => at + 1,
            _ => at,
        };

        var text = value.Value;
        var offsets = new int[text.Length];
        var afterBackslash = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                offsets[i] = Math.Min(at, file.Length - 1);
                continue;
            }
            while (at < file.Length && file[at] != text[i])
            {
                // Folding and indentation, a doubled quote, an escape such as \" or \n: nothing else is skipped.
                if (!(char.IsWhiteSpace(file[at]) || file[at] is '\'' or '\\' || afterBackslash))
                {
                    return null;
                }
                afterBackslash = file[at] == '\\' && !afterBackslash;
                at++;
            }
            if (at == file.Length)
            {
                return null;
            }
            afterBackslash = false;
            offsets[i] = at++;
        }
        return offsets;
    }

    // A line ends at \n, \r\n or a lone \r, as YAML counts them.
    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }
        return [.. starts];
    }

    private static int LineOf(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }
}
