using System.Collections.Immutable;
using System.Text.Json;
using Mend.Site.Assessments;
using Mend.Site.Core;

namespace Mend.Site.Tests.Assessments;

/// <summary>The C# scoring against the cases the browser's assessment.js is also tested with.</summary>
public sealed class AssessmentScoringTests
{
    private static readonly string CasesFile = Path.Join(Repo.Fixtures, "assessment", "scoring.json");

    public static TheoryData<string> Cases() =>
        [.. JsonDocument.Parse(File.ReadAllText(CasesFile)).RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => c.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheSharedCaseScoresAsExpected(string name)
    {
        var @case = JsonDocument.Parse(File.ReadAllText(CasesFile)).RootElement.GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);
        var nowhere = new SourceLocation("case", 1, 1);
        var assessment = new Assessment(
            "case", name, new Located<string>("", nowhere),
            [.. @case.GetProperty("scale").EnumerateArray().Select(v => new ScaleOption(v.GetDouble(), $"{v}"))],
            [.. @case.GetProperty("dimensions").EnumerateArray().Select(d => new Dimension(
                d.GetProperty("id").GetString()!, "", "",
                [.. d.GetProperty("bands").EnumerateArray().Select(b => new Band(b.GetDouble(), "", "", ImmutableArray<Located<string>>.Empty))]))],
            [.. @case.GetProperty("questions").EnumerateArray().Select(q => new Question(
                q.GetProperty("id").GetString()!, "", q.TryGetProperty("dimension", out var dimension) ? dimension.GetString()! : "",
                q.TryGetProperty("reverse", out var reverse) && reverse.GetBoolean()))],
            nowhere)
        {
            Patterns = @case.TryGetProperty("patterns", out var patterns)
                ? [.. patterns.EnumerateArray().Select(p => new Pattern(p.GetProperty("id").GetString()!, "", "", [], [],
                    [.. p.GetProperty("when").EnumerateArray().Select(c => new PatternCondition(
                        [.. c.GetProperty("questions").EnumerateArray().Select(q => q.GetString()!)],
                        c.TryGetProperty("at_least", out var least) ? least.GetDouble() : null,
                        c.TryGetProperty("at_most", out var most) ? most.GetDouble() : null))]))]
                : [],
        };
        var answers = @case.GetProperty("answers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());

        var results = AssessmentScoring.Score(assessment, answers);

        foreach (var expected in @case.GetProperty("expect").EnumerateObject())
        {
            var result = results.Single(r => r.Dimension == expected.Name);
            var score = expected.Value.GetProperty("score");
            var band = expected.Value.GetProperty("band");
            if (score.ValueKind == JsonValueKind.Null)
            {
                Assert.Null(result.Score);
            }
            else
            {
                Assert.NotNull(result.Score);
                Assert.Equal(score.GetDouble(), result.Score.Value, 1e-9);
            }
            Assert.Equal(band.ValueKind == JsonValueKind.Null ? null : band.GetInt32(), result.Band);
        }
        if (@case.TryGetProperty("expectOrder", out var order))
        {
            Assert.Equal(Strings(order), AssessmentScoring.ByNeed(results).Select(r => r.Dimension));
        }
        if (@case.TryGetProperty("expectStartHere", out var start))
        {
            Assert.Equal(Strings(start), AssessmentScoring.StartHere(results));
        }
        if (@case.TryGetProperty("expectPatterns", out var matching))
        {
            Assert.Equal(Strings(matching), AssessmentPatterns.Matching(assessment, answers));
        }
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
