using System.Text.RegularExpressions;

namespace Mend.Site.Tests.Docs;

/// <summary>A key as docs/content-format.md lists it: the heading of its table, its dotted path and its line.</summary>
public sealed record DocumentedKey(string Heading, string Path, int Line);

/// <summary>
/// Reads the key tables of docs/content-format.md: every table whose header is <see cref="Header"/>, each row's first
/// cell holding one key path in backticks, under the nearest heading above it.
/// </summary>
public static partial class DocumentedKeys
{
    public const string Header = "| key | type | required or default | meaning |";

    public static readonly string File = System.IO.Path.Join(Repo.Root, "docs", "content-format.md");

    [GeneratedRegex(@"^#{2,6} (.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| `([a-z_]+(?:\[\])?(?:\.[a-z_]+(?:\[\])?)*)` \|")]
    private static partial Regex KeyCell();

    public static IReadOnlyList<DocumentedKey> Read()
    {
        var lines = System.IO.File.ReadAllLines(File);
        var keys = new List<DocumentedKey>();
        var heading = "";
        for (var index = 0; index < lines.Length; index++)
        {
            if (Heading().Match(lines[index]) is { Success: true } match)
            {
                heading = match.Groups[1].Value;
            }
            if (lines[index] != Header)
            {
                continue;
            }
            // Skip the header and its --- row; the table runs to the first line that is not a row.
            for (index += 2; index < lines.Length && lines[index].StartsWith('|'); index++)
            {
                var key = KeyCell().Match(lines[index]);
                Assert.True(key.Success,
                    $"docs/content-format.md:{index + 1}: a key table's row must start with one key path in backticks, such as | `safety.quick_exit.url` |");
                keys.Add(new DocumentedKey(heading, key.Groups[1].Value, index + 1));
            }
        }
        return keys;
    }
}
