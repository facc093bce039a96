using System.CommandLine;
using System.Globalization;
using Mend.Site;

namespace Mend.Cli;

/// <summary><c>mend build [--input DIR] [--output DIR] [--base-url URL] [--offline]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "The content folder.", DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The public URL of the site; overrides base_url in site.yml." };
        var offline = new Option<bool>("--offline") { Description = "Link to index.html files, for opening the site from disk." };
        var themes = new Option<string?>("--themes") { Description = "The folder of themes (default: themes/ beside the input folder, else in the current folder)." };

        var command = new Command("build", "Build the site into the output folder.") { input, output, baseUrl, offline, themes };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = new BuildOptions(
                parsed.GetValue(input)!,
                parsed.GetValue(output)!,
                parsed.GetValue(baseUrl),
                parsed.GetValue(offline),
                parsed.GetValue(themes));
            return await Run(options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> Run(BuildOptions options, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.InputDirectory))
        {
            Console.Error.WriteLine($"mend: the input folder '{options.InputDirectory}' does not exist (use --input DIR).");
            return ExitCodes.Usage;
        }

        var report = await SiteBuilder.BuildAsync(options, cancellationToken);
        DiagnosticPrinter.Print(report.Diagnostics);
        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!report.Succeeded)
        {
            var errors = report.Diagnostics.Count(d => d.IsError);
            Console.Error.WriteLine(
                $"Build failed with {errors} error{(errors == 1 ? "" : "s")} in {seconds} s; '{options.OutputDirectory}' was left as it was.");
            return ExitCodes.Failed;
        }

        Console.WriteLine(
            $"Built {report.PagesWritten} pages ({report.FilesWritten} files) into '{options.OutputDirectory}' in {seconds} s; "
            + $"search index {(report.SearchIndexBytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} KB.");
        return ExitCodes.Success;
    }
}
