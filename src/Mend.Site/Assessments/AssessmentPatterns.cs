namespace Mend.Site.Assessments;

/// <summary>
/// Which of an assessment's patterns the answers match, as the theme's <c>assessment.js</c> works it out (both are
/// tested against <c>tests/fixtures/assessment/scoring.json</c>): a pattern matches when every condition holds, and a
/// condition holds when every statement it names is answered with a value (as chosen, before reversing) at least its
/// <c>at_least</c> or at most its <c>at_most</c>. A statement left unanswered never counts as evidence.
/// </summary>
public static class AssessmentPatterns
{
    public static IReadOnlyList<string> Matching(Assessment assessment, IReadOnlyDictionary<string, double> answers) =>
        [.. assessment.Patterns.Where(p => p.When.All(c => Holds(c, answers))).Select(p => p.Id)];

    private static bool Holds(PatternCondition condition, IReadOnlyDictionary<string, double> answers) =>
        condition.Questions.All(q => answers.TryGetValue(q, out var value)
            && (condition.AtLeast is not { } least || value >= least)
            && (condition.AtMost is not { } most || value <= most));
}
