using System.Diagnostics;
using System.Text.RegularExpressions;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Tests.Fuzz;

/// <summary>
/// Builds an input folder into an output folder that holds a previous good build, and returns every rule the build
/// broke. Whatever the input, a build must: throw nothing, report no internal error (MEND900), give every error a
/// file and, unless the problem is the whole file's, a line; leave the output as it was and no staging folder beside
/// it when it fails; finish within <see cref="Timeout"/>; and not accept a file that is not UTF-8, nor write NaN or
/// Infinity into a page.
/// </summary>
public static partial class BuildOracle
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The kind of problem of a build that did not finish in time.</summary>
    public const string Hang = "hang";

    // How long a build may take to stop once cancelled at the timeout, before the watchdog gives up on it.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    // Errors about a file as a whole, or found in a finished page rather than in its source, have no line to give.
    private static readonly HashSet<string> WholeFileCodes =
    [
        ErrorCodes.MissingSiteConfig, ErrorCodes.MissingTheme, ErrorCodes.InvalidEncoding, ErrorCodes.UnreadableInput,
        ErrorCodes.BrokenLink, ErrorCodes.BrokenAnchor, ErrorCodes.ThirdPartyResource, ErrorCodes.DuplicateDestination,
    ];

    public static async Task<BuildVerdict> CheckAsync(string input, string output)
    {
        var before = FolderHash.Of(output);
        using var timeout = new CancellationTokenSource(Timeout);
        using var watchdog = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var build = Task.Run(() => SiteBuilder.BuildAsync(new BuildOptions(input, output, null, false, Repo.Themes), timeout.Token));
        // A build that ignores its cancellation cannot be stopped in-process; it is reported and left behind.
        if (await Task.WhenAny(build, Task.Delay(Timeout + Grace, watchdog.Token)) != build)
        {
            return new(null, [new(Hang, $"no result {(Timeout + Grace).TotalSeconds} s after the build started")]);
        }
        await watchdog.CancelAsync();

        BuildReport report;
        try
        {
            report = await build;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new(null, [new(Hang, $"still running at {Timeout.TotalSeconds} s, and cancelled")]);
        }
        catch (Exception exception)
        {
            return new(null, [new($"exception {exception.GetType().Name}{ThrownIn(exception)}", exception.ToString())]);
        }

        var problems = new List<FuzzProblem>();
        if (clock.Elapsed > Timeout)
        {
            problems.Add(new(Hang, $"finished after {clock.Elapsed.TotalSeconds:0.0} s, over the {Timeout.TotalSeconds} s allowed"));
        }
        problems.AddRange(report.Diagnostics.Where(d => d.IsInternal)
            .Select(d => new FuzzProblem($"{Diagnostic.InternalErrorCode} {Normalized(d.Message)}", d.ToString())));
        problems.AddRange(report.Diagnostics.Where(d => d.IsError && !d.IsInternal && !IsLocated(d))
            .Select(d => new FuzzProblem($"unlocated {d.Code}", d.ToString())));
        if (!report.Succeeded && FolderHash.Of(output) != before)
        {
            problems.Add(new("failed build changed the output", string.Join('\n', report.Diagnostics.Where(d => d.IsError))));
        }
        problems.AddRange(StagingFolders(output).Select(folder => new FuzzProblem("staging folder left", folder)));
        if (report.Succeeded)
        {
            problems.AddRange(NotUtf8(input)
                .Select(file => new FuzzProblem("invalid UTF-8 accepted", $"{file} is not UTF-8, yet the build succeeded")));
            problems.AddRange(NonFiniteNumbers(output)
                .Select(page => new FuzzProblem("NaN or infinity accepted", $"{page} has an attribute that is NaN or Infinity")));
        }
        return new(report, problems);
    }

    /// <summary>The folders a build stages its output in, left beside <paramref name="output"/>.</summary>
    public static IEnumerable<string> StagingFolders(string output) =>
        Directory.EnumerateDirectories(Path.GetDirectoryName(Path.GetFullPath(output))!, $".{Path.GetFileName(output)}.staging-*");

    private static bool IsLocated(Diagnostic diagnostic) =>
        !string.IsNullOrEmpty(diagnostic.File) && (diagnostic.Line > 0 || WholeFileCodes.Contains(diagnostic.Code));

    // The files a build reads as text (site.yml, guides, catalogs and self-assessments) that are not valid UTF-8.
    private static IEnumerable<string> NotUtf8(string input) =>
        Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(input, path).Replace('\\', '/'))
            .Where(relative => relative == "site.yml" || ReadAsText().IsMatch(relative))
            .Where(relative => !System.Text.Unicode.Utf8.IsValid(File.ReadAllBytes(Path.Join(input, relative))));

    [GeneratedRegex(@"^(guides/[^/]+\.md|(catalogs|assessments)/[^/]+\.yml)$")]
    private static partial Regex ReadAsText();

    // Pages with a number no author means, such as a self-assessment's band up to NaN: a value the build let through.
    private static IEnumerable<string> NonFiniteNumbers(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(page => NonFiniteAttribute().IsMatch(File.ReadAllText(page)))
            .Select(page => Path.GetRelativePath(output, page).Replace('\\', '/'));

    // Numeric attributes only: a title may well be the word "NaN".
    [GeneratedRegex("(?:data-[a-z-]+|value|min|max)=\"(NaN|-?Infinity)\"")]
    private static partial Regex NonFiniteAttribute();

    // The first frame in Mend's own code, so that one bug has one name however it was reached.
    private static string ThrownIn(Exception exception) =>
        new StackTrace(exception).GetFrames()
            .Select(frame => frame.GetMethod())
            .FirstOrDefault(method => method?.DeclaringType?.Namespace?.StartsWith("Mend", StringComparison.Ordinal) == true) is { } mend
            ? $" in {mend.DeclaringType!.Name}.{mend.Name}"
            : "";

    // An internal error's message without what varies with the input: quoted text and numbers.
    private static string Normalized(string message) => Numbers().Replace(Quoted().Replace(message, "'…'"), "N");

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
