using System.Diagnostics;
using System.Text;
using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Site.Catalogs;
using Mend.Site.Checks;
using Mend.Site.Config;
using Mend.Site.Core;
using Mend.Site.Search;
using Mend.Site.Strings;
using Mend.Site.Templates;

namespace Mend.Site;

/// <summary>
/// Builds a site: reads site.yml, runs every pipeline into a staging folder, and swaps it in place of the
/// output folder only when the whole build succeeded, so a failed build leaves the previous output as it was.
/// Or, for <c>mend serve</c>, runs them with nothing written and hands back the files.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var guard = OutputGuard.Check(options);
        if (guard is not null)
        {
            return new BuildReport([guard], 0, 0, clock.Elapsed);
        }

        try
        {
            using var staging = new StagedDirectory(options.OutputDirectory);
            var (report, _) = await RunAsync(options, staging.Path, cache: null, clock, cancellationToken);
            if (!report.Succeeded)
            {
                return report;
            }
            staging.Commit();
            return staging.Leftover is { } leftover
                ? report with
                {
                    Diagnostics = [.. report.Diagnostics, Diagnostic.Warning(ErrorCodes.LeftoverOutput,
                        $"the new output is in place, but the previous one could not be deleted completely; it is in '{leftover}', which the next build tries to delete again (or delete it yourself)")],
                }
                : report;
        }
        catch (OutputException exception)
        {
            return new BuildReport([Diagnostic.Error(ErrorCodes.OutputNotWritable, exception.Message)], 0, 0, clock.Elapsed);
        }
    }

    /// <summary>
    /// The build for a preview, without writing anything (<see cref="BuildOptions.OutputDirectory"/> is not used): the
    /// report, and every file by its output path. Assets keep their plain names (no content hash: a preview is not
    /// cached), and with a <paramref name="cache"/> kept from the last build, what unchanged sources gave is reused.
    /// </summary>
    public static async Task<(BuildReport Report, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Files)> BuildInMemoryAsync(
        BuildOptions options, RunCache? cache = null, CancellationToken cancellationToken = default)
    {
        var (report, written) = await RunAsync(options, outputDirectory: null, cache, Stopwatch.StartNew(), cancellationToken);
        var files = written.DistinctBy(d => d.Destination, StringComparer.Ordinal).ToDictionary(
            d => d.Destination!,
            d => d.Bytes is { } bytes ? bytes.AsMemory() : Utf8.GetBytes(d.Content),
            StringComparer.Ordinal);
        return (report, files);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the pipelines; returns the report and, when the build succeeded, the documents that have a destination.</summary>
    private static async Task<(BuildReport Report, List<Document> Written)> RunAsync(
        BuildOptions options, string? outputDirectory, RunCache? cache, Stopwatch clock, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfigReader.Read(options.InputDirectory, options.BaseUrl, diagnostics);
        if (config is null)
        {
            return (new BuildReport(diagnostics, 0, 0, clock.Elapsed), []);
        }

        var theme = FindTheme(options, config.Theme);
        if (theme is null)
        {
            diagnostics.Add(Diagnostic.Error(ErrorCodes.MissingTheme,
                $"theme '{config.Theme}' not found (looked for themes/{config.Theme} beside the input folder and in the current folder)",
                Path.Join(options.InputDirectory, SiteConfigReader.FileName)));
            return (new BuildReport(diagnostics, 0, 0, clock.Elapsed), []);
        }

        ThemeFiles[] stringThemes = theme.IsBuiltIn ? [theme] : [theme, ThemeFiles.BuiltIn(options.InputDirectory)];
        var strings = InterfaceStringsReader.Read(stringThemes, config.Language, config.LanguageWritten, diagnostics);
        if (strings is null)
        {
            return (new BuildReport(diagnostics, 0, 0, clock.Elapsed), []);
        }

        var site = new SiteContext(
            options.InputDirectory,
            outputDirectory,
            config,
            new PageUrls(config.BaseUrl, options.Offline),
            new TemplateLibrary(theme, strings))
        {
            FingerprintsAssets = outputDirectory is not null,
            Today = options.BuildDate,
        };
        var pipelines = MendSite.Pipelines(site);
        var result = await new Engine(pipelines, cache).RunAsync(cancellationToken);
        diagnostics.AddRange(result.Diagnostics);
        diagnostics.AddRange(UnreadInputs.Find(options.InputDirectory, pipelines));

        var written = result.Succeeded
            ? result.Outputs.Values.SelectMany(d => d).Where(d => d.Destination is not null).ToList()
            : [];
        var report = new BuildReport(
            diagnostics,
            written.Count(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)),
            written.Count,
            clock.Elapsed,
            // The search index: its manifest and all its shards.
            written.Where(d => d.TryGet<Asset>(out var asset) && (asset.Name == SearchIndexFile.AssetName
                    || asset.Name.StartsWith(SearchIndexFile.Folder + "/", StringComparison.Ordinal)))
                .Sum(d => (long)(d.Bytes?.Length ?? 0)))
        {
            Phases = result.Phases,
            Modules = result.Modules,
            Ruptures = RuptureCoverage.Of(written),
        };
        return (report, written);
    }

    /// <summary>
    /// The theme's folder where one exists; else, for the default theme and no --themes, the theme built into Mend
    /// (an installed tool has no themes folder); else null.
    /// </summary>
    private static ThemeFiles? FindTheme(BuildOptions options, string theme)
    {
        var found = options.ThemesFolders.Select(folder => Path.Join(folder, theme)).FirstOrDefault(Directory.Exists);
        if (found is null)
        {
            return theme == BuiltInTheme.Name && options.ThemesDirectory is null ? ThemeFiles.BuiltIn(options.InputDirectory) : null;
        }

        // Report template errors with a path the author can click, as content errors are.
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), found);
        return new ThemeFiles(options.InputDirectory, relative.StartsWith("..", StringComparison.Ordinal) ? found : relative);
    }
}
