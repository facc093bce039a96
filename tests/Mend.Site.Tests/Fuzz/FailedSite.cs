namespace Mend.Site.Tests.Fuzz;

/// <summary>
/// Keeps a mutated site that broke the oracle: written whole to <c>artifacts/fuzz/seed-S-iteration-I/</c> with a
/// README.md (which builds ignore) saying what broke and how it was made, ready to become a regression case under
/// tests/fixtures/fuzz/found/ once minimised.
/// </summary>
public static class FailedSite
{
    public static string Save(
        FuzzInput site, FuzzSettings settings, int iteration, IReadOnlyList<string> mutations, IReadOnlyList<FuzzProblem> problems)
    {
        var folder = Path.Join(Repo.Root, "artifacts", "fuzz", $"seed-{settings.Seed}-iteration-{iteration}");
        site.WriteTo(folder);
        var broke = problems.Select(p => $"- {p.Kind}\n\n  ```\n  {p.Detail.Replace("\n", "\n  ", StringComparison.Ordinal)}\n  ```\n");
        File.WriteAllText(Path.Join(folder, "README.md"), $"""
            # Fuzz failure: seed {settings.Seed}, iteration {iteration}

            Repeat it with `{settings.Reproduce(iteration)} .ci/fuzz`.

            ## What broke

            {string.Join('\n', broke)}
            ## The mutations of the seed corpus

            {string.Join('\n', mutations.Select(m => $"- {m}"))}

            """);
        return folder;
    }
}
