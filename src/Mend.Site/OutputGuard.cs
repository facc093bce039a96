using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site;

/// <summary>Refuses an output folder whose replacement would destroy the sources: the input, or a folder holding it.</summary>
internal static class OutputGuard
{
    public static Diagnostic? Check(BuildOptions options)
    {
        var output = Normalize(options.OutputDirectory);
        var input = Normalize(options.InputDirectory);
        var current = Normalize(Directory.GetCurrentDirectory());
        if (input.StartsWith(output, StringComparison.Ordinal) || current.StartsWith(output, StringComparison.Ordinal))
        {
            return Diagnostic.Error(ErrorCodes.UnsafeOutput,
                $"the output folder '{options.OutputDirectory}' holds the input or the current folder; a build replaces its output folder whole, so choose another");
        }
        return null;
    }

    private static string Normalize(string path) =>
        Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
