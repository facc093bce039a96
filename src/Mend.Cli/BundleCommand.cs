using System.CommandLine;
using Mend.Site.Bundle;

namespace Mend.Cli;

/// <summary><c>mend bundle [--input DIR] [--output FILE] [--base-url URL] [--themes DIR]</c>: the offline build, zipped.</summary>
internal static class BundleCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output")
        {
            Description = "The zip to write.",
            DefaultValueFactory = _ => Path.Join("artifacts", "mend-offline.zip"),
        };

        var command = new Command("bundle", "Build the offline copy and zip it: one folder, opened from index.html.");
        site.AddTo(command);
        command.Options.Add(output);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = site.Read(parsed, "", offline: true);
            if (!SiteOptions.InputExists(options))
            {
                return ExitCodes.Usage;
            }

            var zip = parsed.GetValue(output)!;
            var report = await OfflineBundle.CreateAsync(options, zip, cancellationToken);
            if (!Summary.Succeeded(report, $"'{zip}' was left as it was"))
            {
                return Summary.FailureCode(report);
            }

            Console.WriteLine(
                $"Bundled {report.PagesWritten} pages into '{zip}' ({Summary.Kilobytes(new FileInfo(zip).Length)} KB, "
                + $"folder '{OfflineBundle.FolderOf(zip)}/') in {Summary.Seconds(report)} s.");
            return ExitCodes.Success;
        });
        return command;
    }
}
