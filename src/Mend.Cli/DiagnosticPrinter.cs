using Mend.Pipeline;

namespace Mend.Cli;

/// <summary>Prints diagnostics as <c>path:line:column: error CODE: message</c>, and as annotations under GitHub Actions.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        var annotate = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                Console.WriteLine(Annotation(diagnostic));
            }
        }
    }

    private static string Annotation(Diagnostic diagnostic)
    {
        var level = diagnostic.IsError ? "error" : "warning";
        var location = diagnostic.File is null
            ? ""
            : $" file={diagnostic.File}" + (diagnostic.Line > 0 ? $",line={diagnostic.Line},col={Math.Max(1, diagnostic.Column)}" : "");
        var message = diagnostic.Message.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
        return $"::{level}{location},title={diagnostic.Code}::{message}";
    }
}
