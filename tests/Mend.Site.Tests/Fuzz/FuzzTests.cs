using System.Diagnostics;

namespace Mend.Site.Tests.Fuzz;

/// <summary>
/// Builds many randomly broken copies of the seed corpus (tests/fixtures/fuzz/seed) and fails on any that crashes,
/// hangs, reports an internal or unlocated error, or fails yet touches the previous output (see <see cref="BuildOracle"/>).
/// Each distinct problem is kept once, with its site, under artifacts/fuzz/. Settings: <see cref="FuzzSettings"/>.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FuzzTests
{
    /// <summary>
    /// The iteration being built (its site's folder, a name for it, how to repeat it), deleted when the run ends: left
    /// behind, it names the site that ended the test process (a stack overflow cannot be caught), for .ci/fuzz to keep.
    /// </summary>
    public static string RunningFile => Path.Join(Repo.Root, "artifacts", "fuzz", "running.txt");

    [Fact]
    public async Task NoMutatedSiteBreaksTheOracle()
    {
        var settings = FuzzSettings.FromEnvironment();
        var seed = FuzzInput.Load(FuzzWorkspace.SeedFolder);
        using var workspace = new FuzzWorkspace();
        await workspace.ResetOutputAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(RunningFile)!);

        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var (built, refused, known) = (0, 0, 0);
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var iteration in settings.Iterations)
            {
                TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
                var site = seed.Copy();
                var mutations = new SiteMutator(IterationRandom(settings.Seed, iteration)).Mutate(site);
                site.WriteTo(workspace.Input);
                await File.WriteAllLinesAsync(RunningFile,
                    [workspace.Input, $"seed-{settings.Seed}-iteration-{iteration}", $"repeat: {settings.Reproduce(iteration)} .ci/fuzz"],
                    TestContext.Current.CancellationToken);

                var (report, all) = await BuildOracle.CheckAsync(workspace.Input, workspace.Output);
                var problems = all.Where(p => !KnownBugs.IsKnown(p)).ToList();
                known += problems.Count < all.Count ? 1 : 0;
                if (all.Count == 0)
                {
                    // The output now holds this build if it succeeded, else still the last one: either way a good build.
                    _ = report!.Succeeded ? built++ : refused++;
                    continue;
                }

                var unseen = problems.Where(p => !found.ContainsKey(p.Kind)).ToList();
                if (unseen.Count > 0)
                {
                    var folder = FailedSite.Save(site, settings, iteration, mutations, problems);
                    foreach (var problem in unseen)
                    {
                        found[problem.Kind] = $"{problem}\n  in {folder}\n  repeat: {settings.Reproduce(iteration)} .ci/fuzz";
                    }
                }
                if (all.Any(p => p.Kind == BuildOracle.Hang))
                {
                    break; // the hung build may still be running; later timings would mean nothing
                }
                await workspace.ResetOutputAsync();
            }
        }
        finally
        {
            File.Delete(RunningFile); // left behind only when the process ends in the middle of a build
        }

        var totals = $"fuzz: seed {settings.Seed}, {settings.Count} iterations in {clock.Elapsed.TotalSeconds:0.0} s: {built} built, "
            + $"{refused} refused with located errors, {known} met a known bug, {found.Count} distinct new problem(s)";
        TestContext.Current.TestOutputHelper?.WriteLine(totals);
        Assert.True(found.Count == 0, $"{totals}:\n\n{string.Join("\n\n", found.Values)}");
    }

    // Each iteration has its own generator, so one can be repeated without running those before it.
    private static Random IterationRandom(int seed, int iteration) => new(unchecked((seed * 1_000_003) ^ iteration));
}
