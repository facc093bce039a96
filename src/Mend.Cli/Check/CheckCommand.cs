using System.CommandLine;
using Mend.Site;

namespace Mend.Cli.Check;

/// <summary>
/// <c>mend check [--input DIR] [--base-url URL] [--offline] [--themes DIR] [--quiet]</c>: the whole build and every check, into
/// a temporary folder that is deleted after; nothing is written to the output. For an editor's save hook or CI.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var offline = new Option<bool>("--offline") { Description = "Check the build for opening from disk." };
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing when the site is fine (errors and warnings still go to stderr)." };

        var command = new Command("check", "Build and check the site without writing it: exit 0 if it builds cleanly, 1 if not.");
        site.AddTo(command);
        command.Options.Add(offline);
        command.Options.Add(quiet);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var scratch = Directory.CreateTempSubdirectory("mend-check-");
            try
            {
                var options = site.Read(parsed, Path.Join(scratch.FullName, "site"), parsed.GetValue(offline));
                if (!SiteOptions.InputExists(options))
                {
                    return ExitCodes.Usage;
                }
                var report = await SiteBuilder.BuildAsync(options, cancellationToken);
                if (!Summary.Succeeded(report, "nothing was written"))
                {
                    return Summary.FailureCode(report);
                }
                if (parsed.GetValue(quiet))
                {
                    return ExitCodes.Success;
                }
                var warnings = report.Diagnostics.Count(d => !d.IsError);
                Console.WriteLine(
                    $"Checked {report.PagesWritten} pages ({report.FilesWritten} files) in {Summary.Seconds(report)} s: no errors"
                    + (warnings > 0 ? $", {warnings} warning{(warnings == 1 ? "" : "s")}" : "") + "; nothing was written.");
                foreach (var coverage in report.Ruptures)
                {
                    Console.WriteLine(coverage);
                }
                return ExitCodes.Success;
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        });
        return command;
    }
}
