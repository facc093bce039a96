using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.ApologyChecks;

/// <summary>
/// One check of the apology checker: a <see cref="ApologyCheckKinds.Pattern"/> check is found when one of its
/// patterns is in the apology, a <see cref="ApologyCheckKinds.Missing"/> check when none of them is.
/// </summary>
public sealed record ApologyCheck(
    string Id, string Kind, string Title, ImmutableArray<ApologyPattern> Patterns, string Explanation, string Better)
{
    /// <summary>The patterns as written, joined with <see cref="ApologyPattern.Separator"/>: what the page's script reads.</summary>
    public string PatternList => string.Join(ApologyPattern.Separator, Patterns.Select(p => p.Text));
}

public static class ApologyCheckKinds
{
    public const string Pattern = "pattern";
    public const string Missing = "missing";

    public static readonly IReadOnlyList<string> All = [Pattern, Missing];
}

/// <summary>The checks of <c>input/apology-checks.yml</c>, in the order written, and where the file starts.</summary>
public sealed record ApologyCheckList(ImmutableArray<ApologyCheck> Checks, SourceLocation Location)
{
    public IReadOnlyList<ApologyCheck> Patterns => [.. Checks.Where(c => c.Kind == ApologyCheckKinds.Pattern)];

    public IReadOnlyList<ApologyCheck> Missing => [.. Checks.Where(c => c.Kind == ApologyCheckKinds.Missing)];
}
