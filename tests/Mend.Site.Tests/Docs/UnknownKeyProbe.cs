using YamlDotNet.RepresentationModel;

namespace Mend.Site.Tests.Docs;

/// <summary>
/// Writes a key no reader knows into a valid file, inside the mapping a documented key belongs to, so that the
/// build's unknown-key error there lists every key that mapping accepts.
/// </summary>
public static class UnknownKeyProbe
{
    public const string Key = "not-a-documented-key";

    /// <summary>
    /// The file's text with <see cref="Key"/> added in the mapping at <paramref name="parentPath"/> (dotted, <c>[]</c> for a
    /// list's first item; "" for the top level), creating the mappings and lists on the way when the sample has none.
    /// A guide's front matter is edited the same way.
    /// </summary>
    public static string Add(string text, string parentPath, bool frontMatter)
    {
        var (yaml, body) = frontMatter ? SplitFrontMatter(text) : (text, null);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var map = (YamlMappingNode)stream.Documents.Single().RootNode;
        foreach (var segment in parentPath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            map = Enter(map, segment);
        }
        map.Add(Key, "x");

        var writer = new StringWriter { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        var edited = writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
        return body is null ? edited : $"---\n{edited}---\n{body}";
    }

    private static YamlMappingNode Enter(YamlMappingNode map, string segment)
    {
        var isList = segment.EndsWith("[]", StringComparison.Ordinal);
        var name = isList ? segment[..^2] : segment;
        if (!map.Children.TryGetValue(name, out var child))
        {
            child = isList ? new YamlSequenceNode() : new YamlMappingNode();
            map.Add(name, child);
        }
        if (!isList)
        {
            return (YamlMappingNode)child;
        }
        var list = (YamlSequenceNode)child;
        if (list.Children.Count == 0)
        {
            list.Add(new YamlMappingNode());
        }
        return (YamlMappingNode)list.Children[0];
    }

    private static (string Yaml, string Body) SplitFrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Assert.Equal("---", lines[0]);
        var end = Array.IndexOf(lines, "---", 1);
        return (string.Join('\n', lines[1..end]) + "\n", string.Join('\n', lines[(end + 1)..]));
    }
}
