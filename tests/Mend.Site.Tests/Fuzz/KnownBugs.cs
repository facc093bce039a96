namespace Mend.Site.Tests.Fuzz;

/// <summary>
/// Bugs the fuzzer found that are not fixed yet, each with its found case under tests/fixtures/fuzz/found/. Until a
/// bug's fix lands its found case is skipped, and the fuzz test counts the problem without failing; remove the entry
/// with the fix. A bug that ends the process has no problem to recognise: the fuzzer's limits keep clear of it.
/// </summary>
public static class KnownBugs
{
    public static readonly IReadOnlyList<KnownBug> All = [];

    /// <summary>Why a found case is skipped, or null if it runs.</summary>
    public static string? SkipReason(string foundCase) => All.FirstOrDefault(bug => bug.FoundCase == foundCase)?.Reason;

    public static bool IsKnown(FuzzProblem problem) =>
        All.Any(bug => bug.ProblemKind is { } kind && problem.Kind.Contains(kind, StringComparison.Ordinal));
}

/// <summary>A bug by its found case, part of the oracle's kind of problem for it (null if it ends the process), and why it waits.</summary>
public sealed record KnownBug(string FoundCase, string? ProblemKind, string Reason);
