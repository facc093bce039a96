namespace Mend.Site.ApologyChecks;

/// <summary>
/// What the checker says about an apology, as the page's script works it out: the pattern checks found in it, and
/// the missing-part checks none of whose cues it has. Empty text has no findings at all.
/// </summary>
public static class ApologyMatcher
{
    public sealed record Result(IReadOnlyList<string> Found, IReadOnlyList<string> Missing);

    public static Result Check(IEnumerable<ApologyCheck> checks, string text)
    {
        var sentences = ApologyWords.Sentences(text);
        if (sentences.Count == 0)
        {
            return new Result([], []);
        }
        var list = checks.ToList();
        bool Has(ApologyCheck check) => check.Patterns.Any(p => p.IsIn(sentences));
        return new Result(
            [.. list.Where(c => c.Kind == ApologyCheckKinds.Pattern && Has(c)).Select(c => c.Id)],
            [.. list.Where(c => c.Kind == ApologyCheckKinds.Missing && !Has(c)).Select(c => c.Id)]);
    }
}
