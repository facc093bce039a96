using Mend.Pipeline;

namespace Mend.Site.Tests;

/// <summary>
/// A small site written into a temporary folder from inline text (input-relative path to file text), built
/// with the repository's real themes; deleted again on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string SiteYml = """
        title: Test site
        description: A site written by a test.
        base_url: https://example.test/docs/
        """;

    public TestSite(IReadOnlyDictionary<string, string> files)
    {
        Root = Path.Join(Path.GetTempPath(), "mend-site-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    /// <summary>A site with the default site.yml and the given files (e.g. guides).</summary>
    public static TestSite With(params (string Path, string Text)[] files) =>
        new(new Dictionary<string, string>(files.Select(f => KeyValuePair.Create(f.Path, f.Text)))
        {
            ["site.yml"] = files.FirstOrDefault(f => f.Path == "site.yml").Text ?? SiteYml,
        });

    public string Root { get; }

    public string Input => Path.Join(Root, "input");

    public string Output => Path.Join(Root, "output");

    /// <summary>A file of the input as the build names it in diagnostics.</summary>
    public string PathOf(string inputRelative) => Path.Join(Input, inputRelative).Replace('\\', '/');

    public void Write(string inputRelative, string text)
    {
        var path = Path.Join(Input, inputRelative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Copies a file of <c>tests/fixtures</c> (such as an image) into the input.</summary>
    public void CopyFixture(string fixture, string inputRelative)
    {
        var path = Path.Join(Input, inputRelative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Join(Repo.Fixtures, fixture), path, overwrite: true);
    }

    public void Delete(string inputRelative) => File.Delete(Path.Join(Input, inputRelative));

    /// <summary>Builds the site; <paramref name="today"/> is the build date (the clock's when not given).</summary>
    public Task<BuildReport> BuildAsync(string? output = null, bool offline = false, DateOnly? today = null) =>
        SiteBuilder.BuildAsync(new BuildOptions(Input, output ?? Output, null, offline, Repo.Themes, today), TestContext.Current.CancellationToken);

    /// <summary>Builds and fails the test with the diagnostics when the build did not succeed cleanly.</summary>
    public async Task<BuildReport> BuildCleanAsync(string? output = null, bool offline = false)
    {
        var report = await BuildAsync(output, offline);
        Assert.True(report.Diagnostics.Count == 0, string.Join('\n', report.Diagnostics));
        return report;
    }

    public string ReadOutput(string outputRelative) => File.ReadAllText(Path.Join(Output, outputRelative));

    /// <summary>Every file under an output folder, by relative path with forward slashes.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(folder, path).Replace('\\', '/'),
            File.ReadAllBytes),
            StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>A guide's text from its front matter lines and body.</summary>
public static class GuideText
{
    public static string Of(string title, string body = "Some text.\n", string? extra = null) =>
        $"---\ntitle: {title}\nsummary: About {title}.\n{extra}---\n{body}";
}

/// <summary>Assertions on diagnostics.</summary>
public static class Diagnostics
{
    /// <summary>Asserts that the only diagnostic is an error with this code at exactly this place, and returns it.</summary>
    public static Diagnostic Only(IEnumerable<Diagnostic> diagnostics, string code, string? file, int line, int column)
    {
        var all = diagnostics.ToList();
        Assert.True(all.Count == 1, $"expected one diagnostic, got {all.Count}:\n{string.Join('\n', all)}");
        return At(all, code, file, line, column);
    }

    /// <summary>Asserts that there is an error with this code at exactly this place, and returns it.</summary>
    public static Diagnostic At(IEnumerable<Diagnostic> diagnostics, string code, string? file, int line, int column)
    {
        var all = diagnostics.ToList();
        var match = all.FirstOrDefault(d => d.Code == code);
        Assert.True(match is not null, $"no {code} among:\n{string.Join('\n', all)}");
        Assert.True(match.IsError, match.ToString());
        Assert.Equal((file, line, column), (match.File, match.Line, match.Column));
        return match;
    }
}

/// <summary>Positions in fixture text, so expected line and column come from the text itself.</summary>
public static class TextPosition
{
    /// <summary>The 1-based line and column of the given occurrence (1 is the first) of <paramref name="snippet"/>.</summary>
    public static (int Line, int Column) Of(string text, string snippet, int occurrence = 1)
    {
        var index = -1;
        for (var found = 0; found < occurrence; found++)
        {
            index = text.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{snippet}' is not in the text {occurrence} times");
        }
        var before = text[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}

/// <summary>Where the repository is: found by walking up from the test assembly to the folder with site.sln.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Themes => Path.Join(Root, "themes");

    public static string Fixtures => Path.Join(Root, "tests", "fixtures");

    /// <summary>Debug or Release: the configuration this test assembly was built in, so the CLI is taken from the same.</summary>
    public static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Join(directory.FullName, "site.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"no site.sln above {AppContext.BaseDirectory}");
    }
}
