namespace Mend.Site.Tests.Fuzz;

/// <summary>
/// A way a build broke the oracle. <see cref="Kind"/> names the broken rule and what broke it, without the details
/// that differ from one input to the next, so that one bug found by many mutations is reported once.
/// </summary>
public sealed record FuzzProblem(string Kind, string Detail)
{
    public override string ToString() => $"{Kind}\n  {Detail}";
}
