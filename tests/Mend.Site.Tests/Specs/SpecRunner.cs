using Mend.Pipeline;

namespace Mend.Site.Tests.Specs;

/// <summary>
/// Runs a <c>.spec</c> file as a real build: base.spec's files plus the case's own, written to a temporary input
/// folder and built with the repository's themes; the diagnostics must be exactly those under <c>--- expect</c>.
/// </summary>
public static class SpecRunner
{
    /// <summary>The schemas, one folder of cases each.</summary>
    public static readonly string[] Schemas = ["site", "guides", "ruptures", "challenges", "assessments", "search", "apology-checks", "safety"];

    /// <summary>Set to 1 to rewrite each case's <c>--- expect</c> section with what the build gave; review the diff.</summary>
    public const string UpdateVariable = "MEND_UPDATE_SPECS";

    /// <summary>Read from the source tree, so a new or edited case runs without a rebuild.</summary>
    public static string Folder { get; } = Path.Join(Repo.Root, "tests", "Mend.Site.Tests", "Specs");

    /// <summary>The cases of one schema, each named (and displayed) as <c>schema/file.spec</c>.</summary>
    public static IEnumerable<TheoryDataRow<string>> Cases(string schema) =>
        Directory.EnumerateFiles(Path.Join(Folder, schema), "*.spec")
            .Select(path => $"{schema}/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal)
            .Select(name => new TheoryDataRow<string>(name) { TestDisplayName = name });

    public static async Task RunAsync(string name)
    {
        var path = Path.Join(Folder, name);
        var spec = SpecFile.Load(path, name);
        var files = new Dictionary<string, string>(SpecFile.Load(Path.Join(Folder, "base.spec"), "base.spec").Files, StringComparer.Ordinal);
        foreach (var (file, text) in spec.Files)
        {
            files[file] = text;
        }
        foreach (var file in spec.Absent)
        {
            Assert.True(files.Remove(file), $"{name}: '--- without {file}', but no such file is given");
        }

        using var site = new TestSite(files);
        var report = await SiteBuilder.BuildAsync(
            new BuildOptions(site.Input, site.Output, spec.BaseUrl, Offline: false, Repo.Themes), TestContext.Current.CancellationToken);
        var actual = report.Diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => Actual.Of(d, site.Input))
            .ToList();

        var expected = spec.Expected;
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Update(path, actual);
            expected = SpecFile.Load(path, name).Expected;
        }
        Assert.True(expected is not null, $"{name}: there is no '--- expect' section (leave it empty for a clean build)");

        var unmatched = actual.ToList();
        var missing = new List<Expectation>();
        foreach (var expectation in expected)
        {
            var match = unmatched.FirstOrDefault(a => expectation.Matches(a.Location, a.Level, a.Code, a.Message));
            if (match is null)
            {
                missing.Add(expectation);
            }
            else
            {
                unmatched.Remove(match);
            }
        }
        Assert.True(missing.Count == 0 && unmatched.Count == 0, Explain(name, spec.Description, missing, unmatched, actual));

        if (expected.Any(e => e.Level == "error"))
        {
            Assert.False(report.Succeeded, $"{name}: the build succeeded despite its errors");
            Assert.False(Directory.Exists(site.Output), $"{name}: a failed build must write nothing");
        }
    }

    private static string Explain(
        string name, string description, List<Expectation> missing, List<Actual> unexpected, List<Actual> actual)
    {
        var lines = new List<string> { $"{name}: the build's diagnostics differ from '--- expect' ({description})" };
        if (missing.Count > 0)
        {
            lines.Add("expected, but not given:");
            lines.AddRange(missing.Select(m => $"  {m}"));
        }
        if (unexpected.Count > 0)
        {
            lines.Add("given, but not expected:");
            lines.AddRange(unexpected.Select(u => $"  {u}"));
        }
        lines.Add("the build gave:");
        lines.Add("--- expect");
        lines.AddRange(actual.Select(a => a.ToString()));
        return string.Join('\n', lines);
    }

    private static void Update(string path, List<Actual> actual)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        var start = lines.IndexOf("--- expect");
        if (start >= 0)
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("--- ", StringComparison.Ordinal));
            lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
        }
        lines.Add("--- expect");
        lines.AddRange(actual.Select(a => a.ToString()));
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    /// <summary>
    /// A diagnostic as a spec writes it: paths relative to the input folder, with forward slashes; the input folder
    /// itself is <c>&lt;input&gt;</c>.
    /// </summary>
    private sealed record Actual(string Location, string Level, string Code, string Message)
    {
        public static Actual Of(Diagnostic diagnostic, string input)
        {
            var root = input.TrimEnd('/', '\\');
            string Relative(string text) => text
                .Replace(root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
                .Replace(root.Replace('\\', '/') + "/", "", StringComparison.Ordinal)
                .Replace(root, "<input>", StringComparison.Ordinal);

            var location = diagnostic.File is null ? ""
                : diagnostic.Line > 0 ? $"{Relative(diagnostic.File).Replace('\\', '/')}:{diagnostic.Line}:{diagnostic.Column}: "
                : $"{Relative(diagnostic.File).Replace('\\', '/')}: ";
            return new Actual(location, diagnostic.IsError ? "error" : "warning", diagnostic.Code, Relative(diagnostic.Message));
        }

        public override string ToString() => $"{Location}{Level} {Code}: {Message}";
    }
}
