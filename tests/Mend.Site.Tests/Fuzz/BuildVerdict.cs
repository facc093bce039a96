namespace Mend.Site.Tests.Fuzz;

/// <summary>What the oracle made of one build: its report (none if it threw or hung) and the rules it broke.</summary>
public sealed record BuildVerdict(BuildReport? Report, IReadOnlyList<FuzzProblem> Problems);
