using Mend.Pipeline;
using Mend.Site.Yaml;

namespace Mend.Site.Tests.Yaml;

/// <summary>
/// YAML that would run a build out of stack, time or memory is refused with one error; Specs/site shows the
/// messages. These inputs are too large for a spec file.
/// </summary>
public sealed class YamlLimitsTests
{
    private static List<Diagnostic> Load(string text)
    {
        var diagnostics = new List<Diagnostic>();
        new YamlSource("file.yml", 0, diagnostics).LoadMapping(text);
        return diagnostics;
    }

    private static void AssertLimitErrorAt(int line, int column, List<Diagnostic> diagnostics)
    {
        var error = Assert.Single(diagnostics);
        Assert.Equal(("MEND112", line, column), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void FlowListsNested100000DeepAreRefusedAtTheSixtyFifthLevel()
    {
        var diagnostics = Load("extra: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        AssertLimitErrorAt(1, 7 + 64, diagnostics);
    }

    [Fact]
    public void BlockListsNested100000DeepAreRefusedAtTheSixtyFifthLevel()
    {
        var diagnostics = Load("extra:\n  " + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n");

        AssertLimitErrorAt(2, 3 + 2 * 63, diagnostics);
    }

    [Fact]
    public void BlockMappingsNestedDeepAreRefusedAtTheSixtyFifthLevel()
    {
        var diagnostics = Load(string.Concat(Enumerable.Range(0, 2_000).Select(depth => new string(' ', depth) + "a:\n")));

        AssertLimitErrorAt(65, 65, diagnostics);
    }

    [Fact]
    public void AnAliasThatNestsTooDeepWhereItIsUsedIsRefusedAtTheAlias()
    {
        var diagnostics = Load("a: &deep " + new string('[', 63) + new string(']', 63) + "\nb: [*deep]\n");

        AssertLimitErrorAt(2, 5, diagnostics);
    }
}
