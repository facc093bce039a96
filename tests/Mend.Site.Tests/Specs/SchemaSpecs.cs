

namespace Mend.Site.Tests.Specs;

// One theory per schema, so a run can be filtered by class; each case is displayed as its spec file, schema/name.spec.

public sealed class SiteSpecs
{
    public static IEnumerable<TheoryDataRow<string>> Cases => SpecRunner.Cases("site");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string spec) => SpecRunner.RunAsync(spec);
}

public sealed class GuideSpecs
{
    public static IEnumerable<TheoryDataRow<string>> Cases => SpecRunner.Cases("guides");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string spec) => SpecRunner.RunAsync(spec);
}

public sealed class RuptureSpecs
{
    public static IEnumerable<TheoryDataRow<string>> Cases => SpecRunner.Cases("ruptures");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string spec) => SpecRunner.RunAsync(spec);
}

public sealed class ChallengeSpecs
{
    public static IEnumerable<TheoryDataRow<string>> Cases => SpecRunner.Cases("challenges");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string spec) => SpecRunner.RunAsync(spec);
}

public sealed class AssessmentSpecs
{
    public static IEnumerable<TheoryDataRow<string>> Cases => SpecRunner.Cases("assessments");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string spec) => SpecRunner.RunAsync(spec);
}

public sealed class ApologyCheckSpecs
{
    public static IEnumerable<TheoryDataRow<string>> Cases => SpecRunner.Cases("apology-checks");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string spec) => SpecRunner.RunAsync(spec);
}

/// <summary>Checks on the spec files themselves, so a misplaced or malformed case fails instead of never running.</summary>
public sealed class SpecLayoutTests
{
    [Fact]
    public void EveryFolderOfCasesIsASchemaWithARunner()
    {
        var folders = Directory.EnumerateDirectories(SpecRunner.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(SpecRunner.Schemas.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void NoSpecFileLiesOutsideASchemaFolderButTheBase()
    {
        var loose = Directory.EnumerateFiles(SpecRunner.Folder, "*.spec").Select(Path.GetFileName);

        Assert.Equal(["base.spec"], loose);
    }

    [Fact]
    public void TheBaseHasNoExpectations()
    {
        Assert.Null(SpecFile.Load(Path.Join(SpecRunner.Folder, "base.spec"), "base.spec").Expected);
    }
}

public sealed class SearchSpecs
{
    public static IEnumerable<TheoryDataRow<string>> Cases => SpecRunner.Cases("search");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string spec) => SpecRunner.RunAsync(spec);
}

public sealed class SafetySpecs
{
    public static IEnumerable<TheoryDataRow<string>> Cases => SpecRunner.Cases("safety");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string spec) => SpecRunner.RunAsync(spec);
}
