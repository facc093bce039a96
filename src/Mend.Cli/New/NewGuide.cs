using System.CommandLine;

namespace Mend.Cli.New;

/// <summary><c>mend new guide [ID] [--input DIR] [--title TEXT]</c>: writes <c>guides/ID.md</c> with its required front matter and today's date.</summary>
internal static class NewGuide
{
    public static Command Create()
    {
        var options = new NewCommand.ItemOptions("guide");
        var command = new Command("guide", "Add a guide (guides/ID.md) with its title, summary and today's date as 'updated'.");
        options.AddTo(command);
        command.SetAction(parsed => NewCommand.Guarded(() => Run(parsed.GetValue(options.Input)!, parsed.GetValue(options.Id), parsed.GetValue(options.Title))));
        return command;
    }

    private static int Run(string input, string? wanted, string? title)
    {
        if (!Directory.Exists(input))
        {
            return NewCommand.Refuse($"the input folder '{input}' does not exist (use --input DIR).");
        }
        var guides = Path.Join(input, "guides");
        var id = NewIds.Choose(wanted, "new-guide", candidate => File.Exists(Path.Join(guides, candidate + ".md")));
        if (NewIds.Problem(id) is { } problem)
        {
            return NewCommand.Refuse(problem + ".");
        }
        var path = Path.Join(guides, id + ".md");
        if (File.Exists(path))
        {
            return NewCommand.Refuse($"'{NewCommand.Shown(path)}' already exists; choose another id.");
        }

        Directory.CreateDirectory(guides);
        File.WriteAllText(path, $$"""
            ---
            title: {{NewIds.Quoted(title ?? "A title for this guide")}}
            summary: One or two sentences on who this guide is for and what it helps them do.
            updated: {{NewIds.Today}}
            ---
            Write the guide here, in Markdown. Give each heading you will link to an anchor, like this:

            ## A first section {#first-section}

            What the reader needs to know first.

            """);
        Console.WriteLine($"Added guide '{id}': {NewCommand.Shown(path)}");
        return ExitCodes.Success;
    }
}
