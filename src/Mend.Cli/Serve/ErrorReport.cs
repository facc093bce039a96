using System.Text.Json;
using System.Text.Json.Serialization;
using Mend.Pipeline;

namespace Mend.Cli.Serve;

/// <summary>One diagnostic as the browser's overlay shows it: where, what, and the line of the source it is about.</summary>
internal sealed record ErrorLine(string Text, string Severity, string? File, int Line, int Column, string? Source);

[JsonSerializable(typeof(ErrorLine[]))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class ErrorReportJson : JsonSerializerContext;

/// <summary>The diagnostics of a failed build, as the JSON the overlay reads.</summary>
internal static class ErrorReport
{
    public static string Json(IEnumerable<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(
            [.. diagnostics.Select(d => new ErrorLine(
                d.ToString(), d.IsError ? "error" : "warning", d.File, d.Line, d.Column, SourceLine(d.File, d.Line)))],
            ErrorReportJson.Default.ErrorLineArray);

    private static string? SourceLine(string? file, int line)
    {
        if (file is null || line < 1 || !File.Exists(file))
        {
            return null;
        }
        try
        {
            return File.ReadLines(file).Skip(line - 1).FirstOrDefault();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // being saved again as we read it, or made unreadable: the next build will say
        }
    }
}
