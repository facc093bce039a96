using System.CommandLine;
using Mend.Site;

namespace Mend.Cli;

/// <summary>The options every command that builds the site shares: where the content and themes are, the public URL.</summary>
internal sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "The content folder.", DefaultValueFactory = _ => "input" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "The public URL of the site; overrides base_url in site.yml." };

    public Option<string?> Themes { get; } = new("--themes")
    {
        Description = "The folder of themes (default: themes/ beside the input folder, else in the current folder).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(BaseUrl);
        command.Options.Add(Themes);
    }

    public BuildOptions Read(ParseResult parsed, string output, bool offline) =>
        new(parsed.GetValue(Input)!, output, parsed.GetValue(BaseUrl), offline, parsed.GetValue(Themes));

    /// <summary>A missing input folder is a usage error (exit 2), said before anything is built.</summary>
    public static bool InputExists(BuildOptions options)
    {
        if (Directory.Exists(options.InputDirectory))
        {
            return true;
        }
        Console.Error.WriteLine($"mend: the input folder '{options.InputDirectory}' does not exist (use --input DIR).");
        return false;
    }
}
