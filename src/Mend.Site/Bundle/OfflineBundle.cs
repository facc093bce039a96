using System.IO.Compression;
using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Site.Config;
using Mend.Site.Core;

namespace Mend.Site.Bundle;

/// <summary>
/// The offline copy: an <c>--offline</c> build zipped into one folder, with the start page at that folder's root
/// and a README.txt that says how to open it. The zip is replaced only when the build succeeded, and the same
/// input gives the same bytes (entries in ordinal order, one fixed timestamp).
/// </summary>
public static class OfflineBundle
{
    public const string ReadmeName = "README.txt";

    // The work folder in the temporary folder; one a killed bundle left behind is removed by the next.
    private const string WorkPrefix = "mend-bundle";

    // Zip timestamps are local DOS times from 1980 on; one fixed value keeps the archive reproducible.
    private static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The folder inside the zip: the zip's own name, <c>mend-offline</c> for <c>mend-offline.zip</c>.</summary>
    public static string FolderOf(string zipPath) => Path.GetFileNameWithoutExtension(zipPath);

    public static async Task<BuildReport> CreateAsync(BuildOptions options, string zipPath, CancellationToken cancellationToken = default)
    {
        if (OutputGuard.Check(options, zipPath, "bundle", "a file such as 'mend-offline.zip'") is { } refused)
        {
            return new BuildReport([refused], 0, 0, TimeSpan.Zero);
        }
        if (Directory.Exists(zipPath))
        {
            return new BuildReport([Diagnostic.Error(ErrorCodes.UnsafeOutput, $"the bundle '{zipPath}' is a folder; name a file such as 'mend-offline.zip'")], 0, 0, TimeSpan.Zero);
        }
        LeftoverFolders.Sweep(Path.GetTempPath(), WorkPrefix);
        var work = Path.Join(Path.GetTempPath(), LeftoverFolders.NewName(WorkPrefix));
        try
        {
            var site = Path.Join(work, "site");
            var report = await SiteBuilder.BuildAsync(options with { OutputDirectory = site, Offline = true }, cancellationToken);
            if (!report.Succeeded)
            {
                return report;
            }

            var config = SiteConfigReader.Read(options.InputDirectory, options.BaseUrl, new List<Diagnostic>())!;
            await File.WriteAllTextAsync(Path.Join(site, ReadmeName), Readme(config.Title), cancellationToken);
            var staged = Path.Join(work, "bundle.zip");
            Zip(site, FolderOf(zipPath), staged);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
                File.Move(staged, zipPath, overwrite: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return report with
                {
                    Diagnostics = [.. report.Diagnostics, Diagnostic.Error(ErrorCodes.OutputNotWritable,
                        $"cannot write the bundle '{zipPath}' ({IOFailure.Reason(exception)}); the previous one is as it was")],
                };
            }
            return report with { FilesWritten = report.FilesWritten + 1 };
        }
        finally
        {
            LeftoverFolders.TryDelete(work);
        }
    }

    private static void Zip(string site, string folder, string zipPath)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var entry = zip.CreateEntry($"{folder}/{file}", CompressionLevel.Optimal);
            entry.LastWriteTime = Timestamp;
            using var source = File.OpenRead(Path.Join(site, file));
            using var target = entry.Open();
            source.CopyTo(target);
        }
    }

    private static string Readme(string title) => $"""
        {title}: the offline copy
        {new string('=', title.Length + 18)}

        To open it, open the file index.html in this folder with your web browser:
        double-click it, or drag it into a browser window.

        Everything works without an internet connection, search included.
        Nothing you type or answer leaves this computer.

        Keep this folder together: the pages link to each other and to the
        files in the assets folder.

        """.ReplaceLineEndings("\n");
}
