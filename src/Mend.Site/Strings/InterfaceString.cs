using Mend.Site.Core;

namespace Mend.Site.Strings;

/// <summary>
/// One entry of a strings file: plain text (<see cref="Text"/>), text by count (<see cref="One"/> and
/// <see cref="Other"/>), or a list (<see cref="Items"/>, the month names); with where it is written.
/// </summary>
public sealed record InterfaceString(
    SourceLocation Location,
    string? Text = null,
    string? One = null,
    string? Other = null,
    IReadOnlyList<string>? Items = null);
