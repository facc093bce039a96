using System.Globalization;

namespace Mend.Site.Tests.Fuzz;

/// <summary>
/// What a fuzz run does, from the environment: from which seed (<c>MEND_FUZZ_SEED</c>) it builds how many mutated
/// sites (<c>MEND_FUZZ_ITERATIONS</c>), starting at which iteration (<c>MEND_FUZZ_FIRST</c>, to repeat one or to go
/// on past one that ended the process). The defaults keep <c>dotnet test</c> quick and every run the same.
/// </summary>
public sealed record FuzzSettings(int Seed, int First, int Count)
{
    public const string SeedVariable = "MEND_FUZZ_SEED";
    public const string FirstVariable = "MEND_FUZZ_FIRST";
    public const string IterationsVariable = "MEND_FUZZ_ITERATIONS";

    public const int DefaultSeed = 20261130;
    public const int DefaultIterations = 150;

    public IEnumerable<int> Iterations => Enumerable.Range(First, Count);

    public static FuzzSettings FromEnvironment() =>
        new(Read(SeedVariable) ?? DefaultSeed, Read(FirstVariable) ?? 0, Read(IterationsVariable) ?? DefaultIterations);

    /// <summary>The environment that repeats one iteration of this run.</summary>
    public string Reproduce(int iteration) => $"{SeedVariable}={Seed} {FirstVariable}={iteration} {IterationsVariable}=1";

    private static int? Read(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : null;
}
