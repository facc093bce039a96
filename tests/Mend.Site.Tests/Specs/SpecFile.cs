using System.Text.RegularExpressions;

namespace Mend.Site.Tests.Specs;

/// <summary>
/// A parsed <c>.spec</c> file: the input files of one build and the diagnostics it must give. See README.md beside
/// this file for the format.
/// </summary>
public sealed partial record SpecFile(
    string Name,
    string Description,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<string> Absent,
    string? BaseUrl,
    IReadOnlyList<Expectation>? Expected)
{
    private const string Header = "--- ";

    public static SpecFile Load(string path, string name) => Parse(File.ReadAllText(path), name);

    public static SpecFile Parse(string text, string name)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var description = new List<string>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var absent = new List<string>();
        string? baseUrl = null;
        List<Expectation>? expected = null;

        var index = 0;
        for (; index < lines.Length && !lines[index].StartsWith(Header, StringComparison.Ordinal); index++)
        {
            var line = lines[index].Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                throw Error(name, index, $"only '# ' comment lines may come before the first '{Header}' header");
            }
            description.Add(line.TrimStart('#').Trim());
        }

        while (index < lines.Length)
        {
            var headerLine = index;
            var header = lines[index][Header.Length..].Trim();
            var body = new List<string>();
            for (index++; index < lines.Length && !lines[index].StartsWith(Header, StringComparison.Ordinal); index++)
            {
                body.Add(lines[index]);
            }
            while (body.Count > 0 && body[^1].Trim().Length == 0)
            {
                body.RemoveAt(body.Count - 1);
            }

            if (header == "expect")
            {
                if (expected is not null)
                {
                    throw Error(name, headerLine, "a second '--- expect' section");
                }
                expected = [.. body.Select((line, i) => (Line: line, Number: headerLine + 2 + i))
                    .Where(l => l.Line.Trim().Length > 0)
                    .Select(l => Expectation.Parse(l.Line.Trim()) ?? throw Error(name, l.Number - 1, $"not a diagnostic: '{l.Line}'"))];
            }
            else if (header == "options")
            {
                foreach (var option in body.Where(l => l.Trim().Length > 0))
                {
                    baseUrl = option.StartsWith("base-url:", StringComparison.Ordinal)
                        ? option["base-url:".Length..].Trim()
                        : throw Error(name, headerLine, $"unknown option '{option}' (the one option is 'base-url: URL')");
                }
            }
            else if (header.StartsWith("without ", StringComparison.Ordinal))
            {
                absent.Add(header["without ".Length..].Trim());
            }
            else
            {
                var crlf = header.EndsWith(" (crlf)", StringComparison.Ordinal);
                var path = crlf ? header[..^" (crlf)".Length].Trim() : header;
                var content = body.Count == 0 ? "" : string.Join('\n', body) + "\n";
                if (!files.TryAdd(path, crlf ? content.Replace("\n", "\r\n", StringComparison.Ordinal) : content))
                {
                    throw Error(name, headerLine, $"'{path}' is given twice");
                }
            }
        }

        return new SpecFile(name, string.Join(' ', description.Where(d => d.Length > 0)), files, absent, baseUrl, expected);
    }

    private static FormatException Error(string name, int lineIndex, string message) =>
        new($"{name}:{lineIndex + 1}: {message}");
}

/// <summary>
/// One expected diagnostic: <c>path:line:col: error CODE: message</c>, where the location is optional (or just
/// <c>path:</c>), the message is optional, and <c>...</c> in the message matches any text.
/// </summary>
public sealed partial record Expectation(string Location, string Level, string Code, string? Message)
{
    public static Expectation? Parse(string line)
    {
        var match = Pattern().Match(line);
        return match.Success
            ? new Expectation(match.Groups["location"].Value, match.Groups["level"].Value, match.Groups["code"].Value,
                match.Groups["message"].Success ? match.Groups["message"].Value : null)
            : null;
    }

    /// <summary>Whether a diagnostic, written as the runner writes actual ones, meets this expectation.</summary>
    public bool Matches(string location, string level, string code, string message) =>
        location == Location && level == Level && code == Code
        && (Message is null || Regex.IsMatch(
            message,
            "^" + string.Join(".*", Message.Split("...").Select(Regex.Escape)) + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1)));

    public override string ToString() => $"{Location}{Level} {Code}" + (Message is null ? "" : $": {Message}");

    [GeneratedRegex(@"^(?<location>[^:]+(:\d+:\d+)?: )?(?<level>error|warning) (?<code>[A-Z]+\d+)(: (?<message>.*))?$")]
    private static partial Regex Pattern();
}
