using System.CommandLine;
using System.Text;

namespace Mend.Cli.New;

/// <summary>
/// <c>mend new site DIR</c>: writes a small site that builds as it is (settings, one guide, one catalog and a README),
/// from the files under <c>New/Scaffold/</c> built into mend. Every resource named <c>scaffold/PATH</c> is written
/// to <c>DIR/PATH</c>, so a file added there (a schema, say) is part of every new site.
/// </summary>
internal static class NewSite
{
    private const string ResourcePrefix = "scaffold/";

    /// <summary>Replaced by today's date in the scaffold's files.</summary>
    private const string TodayMarker = "{{today}}";

    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The folder to create the site in: new, or empty." };
        var command = new Command("site", "Create a small site that builds as it is, to start from.");
        command.Arguments.Add(directory);
        command.SetAction(parsed => NewCommand.Guarded(() => Run(parsed.GetValue(directory)!)));
        return command;
    }

    private static int Run(string directory)
    {
        if (File.Exists(directory) || (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any()))
        {
            return NewCommand.Refuse($"'{directory}' is not an empty folder; give a new or empty folder for the site.");
        }

        var assembly = typeof(NewSite).Assembly;
        var resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            var relative = resource[ResourcePrefix.Length..].Replace('\\', '/');
            var path = Path.Join(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            File.WriteAllText(path, reader.ReadToEnd().Replace(TodayMarker, NewIds.Today, StringComparison.Ordinal));
        }

        var input = Path.Join(directory, "input");
        Console.WriteLine($"Created a site in '{NewCommand.Shown(directory)}'. Build it with:");
        Console.WriteLine($"  mend build --input {NewCommand.Shown(input)} --output {NewCommand.Shown(Path.Join(directory, "output"))}");
        return ExitCodes.Success;
    }
}
