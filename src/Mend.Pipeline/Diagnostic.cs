namespace Mend.Pipeline;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>A problem found while building, located in a source file when one is known.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? File = null, int Line = 0, int Column = 0)
{
    /// <summary>The code of an error in the build itself (a module that threw), not in the content.</summary>
    public const string InternalErrorCode = "MEND900";

    public bool IsInternal => Code == InternalErrorCode;

    public static Diagnostic Error(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(Severity.Error, code, message, file, line, column);

    public static Diagnostic Warning(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(Severity.Warning, code, message, file, line, column);

    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// Formats as <c>path:line:column: error CODE: message</c>, always on one line: author text quoted in a message
    /// cannot break it into lines that would read as other diagnostics.
    /// </summary>
    public override string ToString()
    {
        var level = IsError ? "error" : "warning";
        var location = File is null ? "" : Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}: " : $"{File}: ";
        return $"{location}{level} {Code}: {OneLine.Of(Message)}";
    }
}
