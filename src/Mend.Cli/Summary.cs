using System.Globalization;
using Mend.Site;

namespace Mend.Cli;

/// <summary>How commands end: every diagnostic, then one line that says what happened.</summary>
internal static class Summary
{
    /// <summary>Prints the diagnostics; when there are errors, also the failure line. Returns whether the build succeeded.</summary>
    public static bool Succeeded(BuildReport report, string whatWasKept)
    {
        DiagnosticPrinter.Print(report.Diagnostics);
        if (report.Succeeded)
        {
            return true;
        }
        var errors = report.Diagnostics.Count(d => d.IsError);
        Console.Error.WriteLine($"Build failed with {errors} error{(errors == 1 ? "" : "s")} in {Seconds(report)} s; {whatWasKept}.");
        return false;
    }

    /// <summary>The exit code of a failed build: Mend's own error, or the content's.</summary>
    public static int FailureCode(BuildReport report) =>
        report.Diagnostics.Any(d => d.IsInternal) ? ExitCodes.Internal : ExitCodes.Failed;

    public static string Seconds(BuildReport report) => report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Kilobytes(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
