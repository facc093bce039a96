namespace Mend.Site.Core;

/// <summary>A place in an input file; line and column start at 1.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public Mend.Pipeline.Diagnostic Error(string code, string message) =>
        Mend.Pipeline.Diagnostic.Error(code, message, File, Line, Column);

    public Mend.Pipeline.Diagnostic Warning(string code, string message) =>
        Mend.Pipeline.Diagnostic.Warning(code, message, File, Line, Column);

    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>A value read from an input file, with where it was written.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);
