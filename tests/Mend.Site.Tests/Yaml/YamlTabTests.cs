using Mend.Pipeline;
using Mend.Site.Yaml;

namespace Mend.Site.Tests.Yaml;

/// <summary>A tab that indents a line is reported on that line, whichever way the parser fails on it.</summary>
public sealed class YamlTabTests
{
    private const string TabMessage = "invalid YAML: this line is indented with a tab; indent with spaces only";

    [Theory]
    [InlineData("tags:\n\t- a\n", 2, 1)]
    [InlineData("a:\n\tb: 1\n", 2, 1)]
    [InlineData("a:\n  b: 1\n \tc: 2\n", 3, 2)]
    [InlineData("a: |\n  x\n\ty\n", 3, 1)]
    [InlineData("tags:\n  - a\n\t- b\n", 3, 1)]
    [InlineData("a: 1\r\nb: 2\r\n\tc: 3\r\n", 3, 1)]
    public void ATabIndentingALineIsAnErrorAtTheTab(string text, int line, int column)
    {
        var diagnostics = new List<Diagnostic>();
        new YamlSource("file.yml", 0, diagnostics).LoadMapping(text);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("MEND101", line, column, TabMessage), (error.Code, error.Line, error.Column, error.Message));
    }

    [Theory]
    [InlineData("a: [1,\n\t2]\n")]
    [InlineData("a:\n  -\tb\n")]
    [InlineData("a: \"x\n\ty\"\n")]
    public void ATabThatIndentsNothingIsFine(string text)
    {
        var diagnostics = new List<Diagnostic>();

        Assert.NotNull(new YamlSource("file.yml", 0, diagnostics).LoadMapping(text));
        Assert.Empty(diagnostics);
    }
}
