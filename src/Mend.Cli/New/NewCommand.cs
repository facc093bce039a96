using System.CommandLine;

namespace Mend.Cli.New;

/// <summary><c>mend new site DIR</c>, and <c>mend new guide|entry|challenge [ID]</c> to add to a site.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Create a site, or add a guide, a catalog entry or a challenge to one, with its required fields filled in.");
        command.Subcommands.Add(NewSite.Create());
        command.Subcommands.Add(NewGuide.Create());
        command.Subcommands.Add(NewEntry.Create(NewEntry.Ruptures));
        command.Subcommands.Add(NewEntry.Create(NewEntry.Challenges));
        return command;
    }

    /// <summary>The options every <c>new</c> command that adds to a site shares.</summary>
    internal sealed class ItemOptions(string kind)
    {
        public Argument<string?> Id { get; } = new("id")
        {
            Description = $"The new {kind}'s id: lower-case words joined by hyphens (default: new-{kind}, or new-{kind}-2 and so on when taken).",
            Arity = ArgumentArity.ZeroOrOne,
        };

        public Option<string> Input { get; } = new("--input") { Description = "The site's content folder.", DefaultValueFactory = _ => "input" };

        public Option<string?> Title { get; } = new("--title") { Description = "The title (default: a placeholder to replace)." };

        public void AddTo(Command command)
        {
            command.Arguments.Add(Id);
            command.Options.Add(Input);
            command.Options.Add(Title);
        }
    }

    /// <summary>Says why nothing was written, as a usage error (exit 2).</summary>
    public static int Refuse(string message)
    {
        Console.Error.WriteLine($"mend: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>Runs a <c>new</c> command; a file that cannot be read or written is said plainly (exit 1), not an internal error.</summary>
    public static int Guarded(Func<int> run)
    {
        try
        {
            return run();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"mend: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>A path to print: relative to the current folder when it is under it.</summary>
    public static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }
}
