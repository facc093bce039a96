using YamlDotNet.Core;

namespace Mend.Cli.New;

/// <summary>A catalog's text and outline, and how to add an entry at the end of its <c>entries</c> without touching the rest.</summary>
internal sealed class CatalogFile
{
    private const string Entries = "entries";

    private CatalogFile(string path, string text, YamlOutline outline)
    {
        Path = path;
        Text = text;
        Outline = outline;
    }

    public string Path { get; }

    public string Text { get; }

    public YamlOutline Outline { get; }

    public string? Kind => Outline.ValueAt("kind");

    public IEnumerable<string> EntryIds => Outline.ValuesOfItems(Entries, "id");

    /// <summary>Reads the catalog; null with <paramref name="problem"/> when it cannot be read or is not valid YAML.</summary>
    public static CatalogFile? Read(string path, out string? problem)
    {
        problem = null;
        try
        {
            var text = File.ReadAllText(path);
            return new CatalogFile(path, text, YamlOutline.Of(text));
        }
        catch (YamlException exception)
        {
            problem = $"{path}:{exception.Start.Line}:{exception.Start.Column}: this is not valid YAML ({exception.Message}); run 'mend check' and fix it first";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"{path}: cannot be read ({exception.Message})";
        }
        return null;
    }

    /// <summary>
    /// Writes <paramref name="entry"/> (its lines indented from 0, the first being "- id: ...") as the last item of
    /// <c>entries</c>; returns the line it starts on, or null with <paramref name="problem"/>.
    /// </summary>
    public int? Append(IReadOnlyList<string> entry, out string? problem)
    {
        problem = null;
        var entries = Outline.At(Entries);
        if (entries is null || !entries.IsCollection || entries.IsFlow || Outline.At(Entries + "/0") is not { } first)
        {
            problem = $"{Path}: '{Entries}' is not a list written one item per line ('- id: ...'), so mend cannot add to it; add the entry by hand";
            return null;
        }

        var dash = new string(' ', entries.StartColumn);
        var keys = new string(' ', Math.Max(first.StartColumn - entries.StartColumn, 2));
        var newline = Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = entry.Select((line, i) => line.Length == 0 ? "" : dash + (i == 0 ? "" : keys[2..]) + line);

        var at = LineStartAfter(Outline.EndOf(Entries));
        var before = Text[..at];
        if (before.Length > 0 && !before.EndsWith('\n'))
        {
            before += newline;
        }
        var written = before + string.Join(newline, lines) + newline + Text[at..];
        File.WriteAllText(Path, written);
        return before.Count(c => c == '\n') + 1;
    }

    /// <summary>The start of the line after the one <paramref name="offset"/> is on (or the offset, if a line starts there).</summary>
    private int LineStartAfter(int offset)
    {
        if (offset == 0 || Text[offset - 1] == '\n')
        {
            return offset;
        }
        var newline = Text.IndexOf('\n', offset);
        return newline < 0 ? Text.Length : newline + 1;
    }
}
