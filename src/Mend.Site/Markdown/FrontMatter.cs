namespace Mend.Site.Markdown;

/// <summary>
/// A Markdown file split into its YAML front matter and its body. The body keeps the front matter's lines as
/// blank lines, so line numbers in the body are line numbers in the file.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body)
{
    private const string Fence = "---";

    public static FrontMatter? Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            return null;
        }

        for (var end = 1; end < lines.Length; end++)
        {
            if (lines[end].TrimEnd() == Fence)
            {
                var yaml = string.Join('\n', lines[1..end]);
                var body = new string('\n', end + 1) + string.Join('\n', lines[(end + 1)..]);
                return new FrontMatter(yaml, 1, body);
            }
        }
        return null;
    }
}
