using System.CommandLine;
using Mend.Site;

namespace Mend.Cli;

/// <summary><c>mend build [--input DIR] [--output DIR] [--base-url URL] [--offline] [--themes DIR] [--verbose | --quiet]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => "output" };
        var offline = new Option<bool>("--offline") { Description = "Link to index.html files, for opening the site from disk." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print each phase's time and memory, the slowest modules and the documents per pipeline." };
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing when the build succeeds (errors and warnings still go to stderr)." };

        var command = new Command("build", "Build the site into the output folder.");
        site.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(offline);
        command.Options.Add(verbose);
        command.Options.Add(quiet);
        command.Validators.Add(result =>
        {
            if (result.GetValue(verbose) && result.GetValue(quiet))
            {
                result.AddError("--verbose and --quiet cannot be used together.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
            await Run(site.Read(parsed, parsed.GetValue(output)!, parsed.GetValue(offline)), parsed.GetValue(verbose), parsed.GetValue(quiet), cancellationToken));
        return command;
    }

    private static async Task<int> Run(BuildOptions options, bool verbose, bool quiet, CancellationToken cancellationToken)
    {
        if (!SiteOptions.InputExists(options))
        {
            return ExitCodes.Usage;
        }

        var report = await SiteBuilder.BuildAsync(options, cancellationToken);
        if (verbose)
        {
            Profile.Print(report);
        }
        if (!Summary.Succeeded(report, $"'{options.OutputDirectory}' was left as it was"))
        {
            return Summary.FailureCode(report);
        }
        if (quiet)
        {
            return ExitCodes.Success;
        }

        Console.WriteLine(
            $"Built {report.PagesWritten} pages ({report.FilesWritten} files) into '{options.OutputDirectory}' in {Summary.Seconds(report)} s; "
            + $"search index {Summary.Kilobytes(report.SearchIndexBytes)} KB.");
        return ExitCodes.Success;
    }
}
