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
    public void ACatalogOfTenThousandEntriesAsLongAsTheRealOnesIsWithinEveryLimit()
    {
        // Given the real site's challenges catalog, its entries repeated to 10,000 with ids of their own
        var real = File.ReadAllText(Path.Join(Repo.Root, "input", "catalogs", "challenges.yml"));
        var start = real.IndexOf("  - id: ", StringComparison.Ordinal);
        var entries = real[start..].Split("  - id: ", StringSplitOptions.RemoveEmptyEntries);
        var text = new System.Text.StringBuilder(real[..start]);
        for (var index = 0; index < 10_000; index++)
        {
            text.Append("  - id: ").Append(index).Append('-').Append(entries[index % entries.Length]);
        }

        // Then the file is within the file limit, and loads with no error
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(text.ToString()), 1, Mend.Site.Core.Limits.FileBytes);
        Assert.Empty(Load(text.ToString()));
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

    [Fact]
    public void AliasesThatRepeatBillionsOfValuesAreRefusedAtTheAliasThatGoesOverTwoMillion()
    {
        // Each list repeats the one before nine times: *g stands for over 5 million values.
        var diagnostics = Load("""
            a: &a [x,x,x,x,x,x,x,x,x]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            ? *g
            : 1
            """);

        // Before g, the file holds 672,612 values; each *f adds 597,871, and the third goes over.
        AssertLimitErrorAt(7, 14, diagnostics);
    }

    [Fact]
    public void AFileOfMoreThanTwoMillionValuesIsRefusedAtTheValueThatGoesOver()
    {
        var diagnostics = Load("a: [" + string.Concat(Enumerable.Repeat("x,", 2_000_000)) + "]\n");

        // The mapping, its key and the list are three values; the 1,999,998th item is the 2,000,001st value.
        AssertLimitErrorAt(1, 5 + 2 * 1_999_997, diagnostics);
    }
}
