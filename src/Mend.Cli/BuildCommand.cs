using System.CommandLine;
using Mend.Site;

namespace Mend.Cli;

/// <summary><c>mend build [--input DIR] [--output DIR] [--base-url URL] [--offline] [--themes DIR] [--verbose]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => "output" };
        var offline = new Option<bool>("--offline") { Description = "Link to index.html files, for opening the site from disk." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print each phase's time, the slowest modules and the documents per pipeline." };

        var command = new Command("build", "Build the site into the output folder.");
        site.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(offline);
        command.Options.Add(verbose);
        command.SetAction(async (parsed, cancellationToken) =>
            await Run(site.Read(parsed, parsed.GetValue(output)!, parsed.GetValue(offline)), parsed.GetValue(verbose), cancellationToken));
        return command;
    }

    private static async Task<int> Run(BuildOptions options, bool verbose, CancellationToken cancellationToken)
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
            return ExitCodes.Failed;
        }

        Console.WriteLine(
            $"Built {report.PagesWritten} pages ({report.FilesWritten} files) into '{options.OutputDirectory}' in {Summary.Seconds(report)} s; "
            + $"search index {Summary.Kilobytes(report.SearchIndexBytes)} KB.");
        return ExitCodes.Success;
    }
}
