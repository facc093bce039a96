using System.Text;
using System.Text.RegularExpressions;

namespace Mend.Site.Tests.Fuzz;

/// <summary>
/// Breaks an input folder in one to three random ways, each drawn from <paramref name="random"/> so that a seed
/// repeats them exactly: flipped bytes, lost or repeated lines, YAML and Markdown tokens where they matter, odd values,
/// deep nesting, broken encoding, and files emptied, removed or added. Returns what it did, one line a mutation.
/// </summary>
public sealed partial class SiteMutator(Random random)
{
    /// <summary>
    /// Deep enough to pass the 64 levels a build accepts (Core/Limits), shallow enough that a build which does not
    /// check that limit yet does not overflow the stack (found case yaml-deep-nesting-stack-overflow): that would end
    /// the test process, not fail one test.
    /// </summary>
    public const int MaxNesting = 100;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IReadOnlyList<string> Mutate(FuzzInput input) =>
        [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => MutateOnce(input))];

    private string MutateOnce(FuzzInput input)
    {
        if (input.Paths.Count == 0)
        {
            return AddFile(input);
        }
        var path = Pick(input.Paths);
        return random.Next(24) switch
        {
            0 => FlipBit(input, path),
            1 => ReplaceByte(input, path),
            2 or 3 => DeleteLines(input, path),
            4 => DuplicateLines(input, path),
            5 => SwapLines(input, path),
            6 => CopyLineFromAnotherFile(input, path),
            7 => Reindent(input, path),
            8 or 9 or 10 => InsertToken(input, path),
            11 or 12 => ReplaceValue(input, path),
            13 => RenameKey(input, path),
            14 or 15 => InsertLine(input, path),
            16 => AppendLongText(input, path),
            17 => InsertDeepNesting(input, path),
            18 => Truncate(input, path),
            19 => InsertInvalidUtf8(input, path),
            20 => ChangeLineEndings(input, path),
            21 => Empty(input, path),
            22 => Remove(input, path),
            _ => AddFile(input),
        };
    }

    private string FlipBit(FuzzInput input, string path)
    {
        var bytes = input[path];
        if (bytes.Length == 0)
        {
            return $"{path}: no byte to flip";
        }
        var at = random.Next(bytes.Length);
        bytes[at] ^= (byte)(1 << random.Next(8));
        return $"{path}: flipped a bit of byte {at}";
    }

    private string ReplaceByte(FuzzInput input, string path)
    {
        var bytes = input[path];
        if (bytes.Length == 0)
        {
            return $"{path}: no byte to replace";
        }
        var at = random.Next(bytes.Length);
        var replacement = Pick("-:[]{}#&*!|>'\"%@`\t\r\n ,?"u8.ToArray());
        bytes[at] = replacement;
        return $"{path}: byte {at} replaced by {Show(((char)replacement).ToString())}";
    }

    private string DeleteLines(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var at = random.Next(lines.Count);
        var count = Math.Min(1 + random.Next(3), lines.Count - at);
        lines.RemoveRange(at, count);
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: deleted {count} line(s)";
    }

    private string DuplicateLines(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var at = random.Next(lines.Count);
        var count = Math.Min(1 + random.Next(3), lines.Count - at);
        lines.InsertRange(at + count, lines.GetRange(at, count));
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: repeated {count} line(s)";
    }

    private string SwapLines(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var (first, second) = (random.Next(lines.Count), random.Next(lines.Count));
        (lines[first], lines[second]) = (lines[second], lines[first]);
        input[path] = ByteLines.Join(lines);
        return $"{path}: swapped lines {first + 1} and {second + 1}";
    }

    private string CopyLineFromAnotherFile(FuzzInput input, string path)
    {
        var from = Pick(input.Paths);
        var source = ByteLines.Split(input[from]);
        var line = random.Next(source.Count);
        var lines = ByteLines.Split(input[path]);
        var at = random.Next(lines.Count + 1);
        lines.Insert(at, source[line]);
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: inserted line {line + 1} of {from}";
    }

    private string Reindent(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var at = random.Next(lines.Count);
        var text = Decode(lines[at]);
        var indent = random.Next(4) == 0 ? "\t" : new string(' ', random.Next(9));
        lines[at] = Utf8.GetBytes(indent + text.TrimStart(' ', '\t'));
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: indented by {Show(indent)}";
    }

    private string InsertToken(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var at = random.Next(lines.Count);
        var token = Pick(IsYaml(path, lines, at) ? FuzzTokens.YamlInline : FuzzTokens.MarkdownInline);
        var line = lines[at];
        var position = CharacterBoundary(line, random.Next(line.Length + 1));
        lines[at] = [.. line[..position], .. Utf8.GetBytes(token), .. line[position..]];
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: inserted {Show(token)} at byte {position}";
    }

    private string ReplaceValue(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var keyed = KeyedLines(lines);
        if (keyed.Count == 0)
        {
            return InsertToken(input, path);
        }
        var (at, match) = Pick(keyed);
        var value = Pick(FuzzTokens.YamlValues);
        var continued = value.Replace("\n", "\n" + new string(' ', match.Groups["indent"].Length + 2), StringComparison.Ordinal);
        lines[at] = Utf8.GetBytes($"{match.Groups["indent"].Value}{match.Groups["key"].Value}: {continued}");
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: '{match.Groups["key"].Value}' set to {Show(value)}";
    }

    private string RenameKey(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var keyed = KeyedLines(lines);
        if (keyed.Count == 0)
        {
            return InsertToken(input, path);
        }
        var (at, match) = Pick(keyed);
        var key = Pick(FuzzTokens.YamlKeys);
        var text = Decode(lines[at]);
        lines[at] = Utf8.GetBytes(match.Groups["indent"].Value + key + text[match.Groups["key"].Index..][match.Groups["key"].Length..]);
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: key '{match.Groups["key"].Value}' renamed to '{key}'";
    }

    private string InsertLine(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var at = random.Next(lines.Count + 1);
        var yaml = IsYaml(path, lines, Math.Min(at, lines.Count - 1));
        var line = Pick(yaml ? FuzzTokens.YamlLines : FuzzTokens.MarkdownLines);
        // Indented like its neighbour half the time, so it lands inside a mapping or list rather than beside it.
        var indent = at < lines.Count && random.Next(2) == 0 ? Decode(lines[at])[..IndentOf(Decode(lines[at]))] : "";
        lines.Insert(at, Utf8.GetBytes(indent + line));
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: inserted the line {Show(indent + line)}";
    }

    private string AppendLongText(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var at = random.Next(lines.Count);
        // Not '**b** ' in YAML: after a value that is a run of aliases, and a few thousand overflow YamlDotNet's stack,
        // which would end the test process (found case yaml-many-aliases-stack-overflow).
        string[] units = IsYaml(path, lines, at)
            ? ["a", "word ", "é", "😀", "[](xref:listening) ", "<b>", "\\"]
            : ["a", "word ", "é", "😀", "[](xref:listening) ", "**b** ", "<b>", "\\"];
        var unit = Pick(units);
        var length = random.Next(1_000, 100_000);
        var text = string.Concat(Enumerable.Repeat(unit, length / unit.Length));
        lines[at] = [.. lines[at], .. Utf8.GetBytes(text)];
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: appended {Show(unit)} repeated to {text.Length} characters";
    }

    private string InsertDeepNesting(FuzzInput input, string path)
    {
        var lines = ByteLines.Split(input[path]);
        var at = random.Next(lines.Count);
        var depth = random.Next(2, MaxNesting + 1);
        var indent = Decode(lines[at])[..IndentOf(Decode(lines[at]))];
        var nested = IsYaml(path, lines, at) ? YamlNesting(depth, indent) : MarkdownNesting(depth);
        lines.InsertRange(at, nested.Split('\n').Select(Utf8.GetBytes));
        input[path] = ByteLines.Join(lines);
        return $"{path}:{at + 1}: inserted {depth} levels of nesting: {Show(nested)}";
    }

    private string YamlNesting(int depth, string indent) => random.Next(4) switch
    {
        0 => $"{indent}nested: {new string('[', depth)}x{new string(']', depth)}",
        1 => $"{indent}nested: {string.Concat(Enumerable.Repeat("{a: ", depth))}x{new string('}', depth)}",
        2 => $"{indent}{string.Concat(Enumerable.Repeat("- ", depth))}x",
        _ => string.Join('\n', Enumerable.Range(0, depth).Select(level => $"{indent}{new string(' ', 2 * level)}k{level}:")) + " x",
    };

    private string MarkdownNesting(int depth) => random.Next(6) switch
    {
        0 => string.Concat(Enumerable.Repeat("> ", depth)) + "x",
        1 => string.Concat(Enumerable.Repeat("- ", depth)) + "x",
        2 => string.Join('\n', Enumerable.Range(0, depth).Select(level => $"{new string(' ', 2 * level)}- item {level}")),
        3 => string.Concat(Enumerable.Range(0, depth).Select(level => level % 2 == 0 ? "*a " : "**b ")) + "x",
        4 => $"{new string('[', depth)}x{string.Concat(Enumerable.Repeat("](xref:listening)", depth))}",
        _ => $"{string.Concat(Enumerable.Repeat("<div>", depth))}x{string.Concat(Enumerable.Repeat("</div>", depth))}",
    };

    private string Truncate(FuzzInput input, string path)
    {
        var length = random.Next(input[path].Length + 1);
        input[path] = input[path][..length];
        return $"{path}: truncated to {length} bytes";
    }

    private string InsertInvalidUtf8(FuzzInput input, string path)
    {
        var bytes = input[path];
        var at = random.Next(bytes.Length + 1);
        var invalid = Pick(FuzzTokens.InvalidUtf8);
        input[path] = [.. bytes[..at], .. invalid, .. bytes[at..]];
        return $"{path}: inserted the invalid UTF-8 {Convert.ToHexString(invalid)} at byte {at}";
    }

    private string ChangeLineEndings(FuzzInput input, string path)
    {
        var text = Decode(input[path]);
        var (changed, how) = random.Next(4) switch
        {
            0 => (text.Replace("\n", "\r\n", StringComparison.Ordinal), "CRLF line endings"),
            1 => (text.Replace("\n", "\r", StringComparison.Ordinal), "CR line endings"),
            2 => ("\ufeff" + text, "a byte order mark"),
            _ => (text.TrimEnd('\n'), "no final line break"),
        };
        input[path] = Utf8.GetBytes(changed);
        return $"{path}: {how}";
    }

    private string Empty(FuzzInput input, string path)
    {
        var content = Pick(["", "\n", "   \n\t\n", "\ufeff", "---\n---\n", "---\n", "# only a comment\n", "~\n", "[]\n"]);
        input[path] = Utf8.GetBytes(content);
        return $"{path}: replaced by {Show(content)}";
    }

    private static string Remove(FuzzInput input, string path)
    {
        input.Remove(path);
        return $"{path}: removed";
    }

    private string AddFile(FuzzInput input)
    {
        var existing = input.Paths.Count > 0 ? Pick(input.Paths) : null;
        var (path, bytes) = random.Next(5) switch
        {
            // A second copy under another name: the same ids twice.
            0 when existing is not null => (CopyName(existing), input[existing].ToArray()),
            1 => ("guides/added.md", Utf8.GetBytes("---\ntitle: Added\nsummary: An added guide.\n---\nText.\n")),
            2 => (Pick(["guides/sub/nested.md", "catalogs/extra.yaml", "notes.txt", "README.md", ".hidden.md", "guides/x.md~",
                "assessments/sub/x.yml", "site.yaml", "guides/UPPER.md", "guides/with space.md", "guides/ünïcode.md"]),
                existing is null ? [] : input[existing].ToArray()),
            3 => (Pick(["catalogs/empty.yml", "assessments/empty.yml", "guides/empty.md"]), []),
            _ => ("guides/random.md", RandomBytes()),
        };
        input[path] = bytes;
        return $"{path}: added ({bytes.Length} bytes)";
    }

    private string CopyName(string path)
    {
        var folder = Path.GetDirectoryName(path)!.Replace('\\', '/');
        var name = $"{Path.GetFileNameWithoutExtension(path)}-copy{random.Next(10)}{Path.GetExtension(path)}";
        return folder.Length == 0 ? name : $"{folder}/{name}";
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(1, 512)];
        random.NextBytes(bytes);
        return bytes;
    }

    // A .yml file, or the front matter of a guide: the lines between its first two '---' lines.
    private static bool IsYaml(string path, List<byte[]> lines, int line)
    {
        if (!path.EndsWith(".md", StringComparison.Ordinal))
        {
            return true;
        }
        var fences = lines.Select((text, index) => (text, index)).Where(l => l.text.AsSpan().SequenceEqual("---"u8)).Take(2).ToList();
        return fences.Count == 2 && line > fences[0].index && line < fences[1].index;
    }

    private static List<(int Line, Match Match)> KeyedLines(List<byte[]> lines) =>
        [.. lines.Select((line, index) => (index, KeyLine().Match(Decode(line)))).Where(l => l.Item2.Success)];

    [GeneratedRegex(@"^(?<indent>\s*(?:- )?)(?<key>[A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")]
    private static partial Regex KeyLine();

    private static int IndentOf(string line) => line.Length - line.TrimStart(' ', '-').Length;

    // Moves back off UTF-8 continuation bytes, so an inserted token never splits a character by itself.
    private static int CharacterBoundary(byte[] line, int position)
    {
        while (position > 0 && position < line.Length && (line[position] & 0xC0) == 0x80)
        {
            position--;
        }
        return position;
    }

    private static string Decode(byte[] bytes) => Utf8.GetString(bytes);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    // Control characters and long text made readable for a description.
    private static string Show(string text)
    {
        var shown = string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return $"'{(shown.Length > 80 ? shown[..80] + "…" : shown)}'";
    }
}
