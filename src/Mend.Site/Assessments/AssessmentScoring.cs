namespace Mend.Site.Assessments;

/// <summary>
/// The scoring rules of CONTENT-FORMAT.md, as the theme's <c>assessment.js</c> applies them in the browser (both
/// are tested against <c>tests/fixtures/assessment/scoring.json</c>): a reverse-scored answer counts
/// <c>min + max - value</c>; a dimension's score is the mean of its answered questions; its band is the first whose
/// <c>max</c> is at or above the score; a dimension with no answers has no score. The results go by need: lowest
/// score first, ties in the assessment's order, dimensions with no score last; "start here" is every dimension tied
/// for the lowest score (within the tolerance), in the assessment's order.
/// </summary>
public static class AssessmentScoring
{
    public sealed record DimensionResult(string Dimension, double? Score, int? Band, int Answered, int Questions);

    public static double Points(double value, bool reverse, double min, double max) => reverse ? min + max - value : value;

    public static IReadOnlyList<DimensionResult> Score(Assessment assessment, IReadOnlyDictionary<string, double> answers) =>
        assessment.Dimensions.Select(dimension =>
        {
            var questions = assessment.Questions.Where(q => q.Dimension == dimension.Id).ToList();
            var points = questions
                .Where(q => answers.ContainsKey(q.Id))
                .Select(q => Points(answers[q.Id], q.Reverse, assessment.Min, assessment.Max))
                .ToList();
            if (points.Count == 0)
            {
                return new DimensionResult(dimension.Id, null, null, 0, questions.Count);
            }
            var score = points.Average();
            var band = dimension.Bands.Select((b, i) => (b, i)).FirstOrDefault(pair => pair.b.Max >= score - Tolerance);
            return new DimensionResult(dimension.Id, score, band.b is null ? null : band.i, points.Count, questions.Count);
        }).ToList();

    public static IReadOnlyList<DimensionResult> ByNeed(IReadOnlyList<DimensionResult> results) =>
        [.. results.Select((r, i) => (r, i)).OrderBy(p => p.r.Score is null).ThenBy(p => p.r.Score ?? 0).ThenBy(p => p.i).Select(p => p.r)];

    public static IReadOnlyList<string> StartHere(IReadOnlyList<DimensionResult> results)
    {
        var scored = results.Where(r => r.Score is not null).ToList();
        if (scored.Count == 0)
        {
            return [];
        }
        var lowest = scored.Min(r => r.Score!.Value);
        return [.. scored.Where(r => r.Score!.Value <= lowest + Tolerance).Select(r => r.Dimension)];
    }

    // A mean such as 2.5 may come out as 2.4999999999999996; a band's max must still take it.
    private const double Tolerance = 1e-9;
}
