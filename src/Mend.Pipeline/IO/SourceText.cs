using System.Buffers;
using System.Text;

namespace Mend.Pipeline.IO;

/// <summary>
/// Turns an input file's bytes into text, strictly: UTF-8 (a byte-order mark is dropped; UTF-16 is read when its
/// mark says so), and nothing a page cannot carry. Invalid bytes and control characters are not replaced or
/// dropped in silence but refused at their line and column, since either would publish something the author did
/// not write.
/// </summary>
public static class SourceText
{
    /// <summary>Why the bytes are not acceptable text, and where (1-based line and column), or null with the text.</summary>
    public sealed record Problem(int Line, int Column, string Message);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly SearchValues<char> Unpublishable = SearchValues.Create(UnpublishableCharacters());

    public static string? Decode(ReadOnlySpan<byte> bytes, out Problem? problem)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                text = encoding.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                problem = new Problem(1, 1, "the file starts as UTF-16 text but is not valid UTF-16; save it as UTF-8");
                return null;
            }
        }
        else if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = StrictUtf8.GetString(bytes);
        }
        else
        {
            problem = InvalidUtf8(bytes);
            return null;
        }

        var index = IndexOfUnpublishable(text);
        if (index >= 0)
        {
            var (line, column) = TextPositions.Of(text, index);
            problem = new Problem(line, column,
                $"this text holds the control character U+{(int)text[index]:X4}, which cannot be published; delete it (it is invisible in most editors)");
            return null;
        }
        problem = null;
        return text;
    }

    /// <summary>
    /// Where the first character is that no page can carry (a control character other than tab and line breaks, or
    /// a noncharacter), or -1: for text that was decoded from escapes, such as a YAML <c>"\u0001"</c>.
    /// </summary>
    public static int IndexOfUnpublishable(ReadOnlySpan<char> text) => text.IndexOfAny(Unpublishable);

    private static Problem InvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        // The valid text before the first bad byte gives its line and column.
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        var before = new string(chars, 0, written);
        var (line, column) = TextPositions.Of(before, before.Length);
        return new Problem(line, column,
            $"this file is not valid UTF-8 text (the byte 0x{bytes[read]:X2} here); save it as UTF-8, which every editor offers");
    }

    // C0 controls but tab, line feed and carriage return; DEL; C1 controls; and the noncharacters U+FFFE and U+FFFF.
    // None is valid in an HTML page or an XML feed.
    private static string UnpublishableCharacters()
    {
        var characters = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                characters.Append(c);
            }
        }
        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            characters.Append(c);
        }
        return characters.Append('\uFFFE').Append('\uFFFF').ToString();
    }
}
