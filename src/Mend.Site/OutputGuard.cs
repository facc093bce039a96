using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Site.Core;

namespace Mend.Site;

/// <summary>
/// Refuses an output whose writing would destroy sources: a build replaces its output folder whole, and a bundle
/// replaces its zip. The output may not be the input folder or a themes folder, lie inside one, or hold one or the
/// current folder. Paths are compared where links lead, and without regard to case where the file system ignores it
/// (Windows, macOS).
/// </summary>
internal static class OutputGuard
{
    /// <summary>The error for an output folder that would destroy sources or is a file, or null when it is safe.</summary>
    public static Diagnostic? Check(BuildOptions options) =>
        File.Exists(options.OutputDirectory)
            ? Diagnostic.Error(ErrorCodes.UnsafeOutput, $"the output folder '{options.OutputDirectory}' is a file; name a folder such as 'output'")
            : Check(options, options.OutputDirectory, "output folder", "a folder such as 'output'");

    /// <summary>The error for an output (a folder, or a file such as a bundle's zip) that would destroy sources, or null.</summary>
    public static Diagnostic? Check(BuildOptions options, string output, string what, string example)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return Diagnostic.Error(ErrorCodes.UnsafeOutput, $"the {what} is empty; name {example}");
        }
        var target = Normalize(output);
        var current = Normalize(Directory.GetCurrentDirectory());
        if (PathComparison.IsAtOrBelow(current, target))
        {
            return Refused(output, what, "holds the current folder");
        }
        foreach (var (source, name) in Sources(options))
        {
            if (PathComparison.IsAtOrBelow(source, target))
            {
                return Refused(output, what, $"holds the {name}");
            }
            if (PathComparison.IsAtOrBelow(target, source))
            {
                return Refused(output, what, $"is inside the {name}");
            }
        }
        return null;
    }

    private static Diagnostic Refused(string output, string what, string why) =>
        Diagnostic.Error(ErrorCodes.UnsafeOutput,
            $"the {what} '{output}' {why}; writing it would replace what is there, so choose a place outside the input and themes folders");

    /// <summary>The folders whose files a build reads and must never overwrite.</summary>
    private static IEnumerable<(string Path, string Name)> Sources(BuildOptions options)
    {
        yield return (Normalize(options.InputDirectory), "input folder");
        foreach (var folder in options.ThemesFolders.Where(Directory.Exists))
        {
            yield return (Normalize(folder), "themes folder");
        }
    }

    private static string Normalize(string path) => RealPath.Of(path) ?? Path.GetFullPath(path);
}
