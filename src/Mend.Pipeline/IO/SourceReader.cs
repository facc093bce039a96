namespace Mend.Pipeline.IO;

/// <summary>Reads one input file under <see cref="SourceRules"/>: its bytes or text, or the error that says why it cannot be used.</summary>
public static class SourceReader
{
    /// <param name="path">Where the file is.</param>
    /// <param name="source">How diagnostics name it.</param>
    /// <param name="rules">What the file may be.</param>
    /// <param name="error">Why there are no bytes.</param>
    public static byte[]? ReadBytes(string path, string source, SourceRules rules, out Diagnostic? error)
    {
        try
        {
            // The size is checked before reading, so that a huge file is refused without being loaded.
            var length = new FileInfo(path).Length;
            var bytes = length > rules.MaxBytes ? null : File.ReadAllBytes(path);
            error = bytes is null || bytes.Length > rules.MaxBytes ? TooLarge(source, bytes?.Length ?? length, rules) : null;
            return error is null ? bytes : null;
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            error = Diagnostic.Error(rules.UnreadableCode, $"this file cannot be read ({IOFailure.Reason(exception)}); check its permissions", source);
            return null;
        }
    }

    /// <summary>The file's text, decoded as <see cref="SourceText"/> does, or null with <paramref name="error"/> saying why.</summary>
    public static string? ReadText(string path, string source, SourceRules rules, out Diagnostic? error)
    {
        var bytes = ReadBytes(path, source, rules, out error);
        if (bytes is null)
        {
            return null;
        }
        var text = SourceText.Decode(bytes, out var problem);
        error = problem is null ? null : Diagnostic.Error(rules.InvalidTextCode, problem.Message, source, problem.Line, problem.Column);
        return text;
    }

    private static Diagnostic TooLarge(string source, long length, SourceRules rules) =>
        Diagnostic.Error(rules.TooLargeCode,
            $"this file is {Megabytes(length)}, more than the {Megabytes(rules.MaxBytes)} Mend reads from one file; split it into smaller files",
            source);

    private static string Megabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
