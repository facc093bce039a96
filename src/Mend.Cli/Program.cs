using System.CommandLine;
using Mend.Cli;

var root = new RootCommand("mend: builds a static site of guides, catalogs and self-assessments from Markdown and YAML.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(BundleCommand.Create());

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
    // Our handler, not System.CommandLine's: an internal error is MEND900, with the stack trace only on request.
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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
