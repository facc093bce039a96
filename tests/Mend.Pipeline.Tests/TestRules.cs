using Mend.Pipeline.IO;

namespace Mend.Pipeline.Tests;

/// <summary>Source rules for the engine's tests, with codes that say what they are.</summary>
internal static class TestRules
{
    public const long MaxBytes = 1024;

    public static readonly SourceRules Files = new(MaxBytes, "TOO-LARGE", "BAD-TEXT", "UNREADABLE");
}
