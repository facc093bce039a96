namespace Mend.Site.Markdown;

/// <summary>Thrown while Markdown is parsed, where it goes too deep for the site to read (line and column from 1).</summary>
public sealed class MarkdownTooDeepException(int line, int column) : Exception($"Markdown nested too deeply at {line}:{column}")
{
    public int Line => line;

    public int Column => column;
}
