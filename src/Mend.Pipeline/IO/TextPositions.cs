namespace Mend.Pipeline.IO;

/// <summary>Where an offset into a text is, as an editor shows it: the line and the column, both from 1.</summary>
public static class TextPositions
{
    public static (int Line, int Column) Of(ReadOnlySpan<char> text, int offset)
    {
        var before = text[..offset];
        return (before.Count('\n') + 1, offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}
