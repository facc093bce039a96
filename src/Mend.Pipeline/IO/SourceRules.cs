namespace Mend.Pipeline.IO;

/// <summary>
/// What an input file may be, and the codes of the errors for one that is not: larger than
/// <paramref name="MaxBytes"/>, text that is not valid UTF-8 or holds control characters, or a file or folder that
/// cannot be read (unreadable, a link leading nowhere or out of the folder being read).
/// </summary>
public sealed record SourceRules(long MaxBytes, string TooLargeCode, string InvalidTextCode, string UnreadableCode);
