using Mend.Site.Core;
using YamlDotNet.RepresentationModel;

namespace Mend.Site.Tests.Core;

public sealed class YamlValuePositionsTests
{
    /// <summary>The value of <paramref name="key"/> in <paramref name="yaml"/>, located as the YAML reader locates it.</summary>
    private static Located<string> Value(string yaml, string key)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode(key)];
        return new Located<string>(node.Value!, new SourceLocation("f.yml", (int)node.Start.Line, (int)node.Start.Column));
    }

    /// <summary>Where the first <paramref name="needle"/> of the value (as Markdown would count its line and column) is in the file.</summary>
    private static (int Line, int Column) Find(string yaml, string key, string needle)
    {
        var value = Value(yaml, key);
        var before = value.Value[..value.Value.IndexOf(needle, StringComparison.Ordinal)];
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        var location = YamlValuePositions.Of(value, new YamlText(yaml))(line, column);
        return (location.Line, location.Column);
    }

    [Theory]
    [InlineData("text: >-\n  A folded\n  value with a [link](x).\n", 3, 16)]
    [InlineData("text: >-  # a comment with [link] in it\n  A folded\n  value with a [link](x).\n", 3, 16)]
    [InlineData("text: |\n  A literal\n\n    value with a [link](x).\n", 4, 18)]
    [InlineData("other: 1\ntext: A plain value\n   that goes on with a [link](x).\n", 3, 24)]
    [InlineData("text: \"A quoted \\\"value\\\"\n  with a [link](x).\"\n", 2, 10)]
    [InlineData("text: 'It''s a quoted\n  value with a [link](x).'\n", 2, 16)]
    [InlineData("text: \"A tab\\there, then a [link](x).\"\n", 1, 28)]
    [InlineData("text: >-\r\n  A folded\r\n  value with a [link](x).\r\n", 3, 16)]
    [InlineData("list:\n  - a\ntext: >\n    First paragraph.\n\n    Second with a [link](x).\n", 6, 19)]
    public void ACharacterOfTheValueIsFoundWhereItWasWritten(string yaml, int line, int column)
    {
        Assert.Equal((line, column), Find(yaml, "text", "[link]"));
    }

    [Fact]
    public void AnEscapeThatCannotBeMatchedLeavesEveryPositionAtTheValuesStart()
    {
        const string yaml = "text: \"\\u0041 [link](x)\"\n";

        Assert.Equal((1, 7), Find(yaml, "text", "[link]"));
    }

    [Fact]
    public void WithoutTheFilesTextEveryPositionIsTheValuesStart()
    {
        var value = new Located<string>("a\nb [link](x)", new SourceLocation("f.yml", 4, 9));

        Assert.Equal(value.Location, YamlValuePositions.Of(value, null)(2, 3));
    }

    [Fact]
    public void APositionPastTheValueIsItsLastCharacter()
    {
        const string yaml = "text: abc\n";

        Assert.Equal(new SourceLocation("f.yml", 1, 9), YamlValuePositions.Of(Value(yaml, "text"), new YamlText(yaml))(5, 40));
    }
}
