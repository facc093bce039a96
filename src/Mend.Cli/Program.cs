using System.CommandLine;
using Mend.Cli;

var root = new RootCommand("mend: builds a static site of guides, catalogs and self-assessments from Markdown and YAML.");
root.Subcommands.Add(BuildCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"mend: {error.Message}");
    }
    Console.Error.WriteLine("Run 'mend --help' for usage.");
    return ExitCodes.Usage;
}

try
{
    return await parsed.InvokeAsync();
}
catch (Exception exception) when (exception is not OperationCanceledException)
{
    Console.Error.WriteLine($"error MEND900: internal error: {exception.Message}");
    if (Environment.GetEnvironmentVariable("MEND_DEBUG") == "1")
    {
        Console.Error.WriteLine(exception);
    }
    return ExitCodes.Failed;
}
