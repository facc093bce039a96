using System.CommandLine;
using Mend.Cli;
using Mend.Cli.Check;
using Mend.Cli.New;
using Mend.Cli.Serve;

// Pipelines run as pool tasks, and their modules wait on parallel maps that also need pool threads: with the
// default minimum (one thread per core) the pool starts the threads they wait for only slowly.
ThreadPool.GetMinThreads(out var workers, out var completionPorts);
ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), completionPorts);

var root = new RootCommand("mend: builds a static site of guides, catalogs and self-assessments from Markdown and YAML.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(BundleCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(ServeCommand.Create());

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

using var stop = new StopSignal();
try
{
    // Our handler, not System.CommandLine's: an internal error is MEND900, with the stack trace only on request.
    // Our signal handling, not System.CommandLine's, so that SIGTERM is told from Ctrl-C in the exit code.
    return await parsed.InvokeAsync(
        new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
        stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl-C or SIGTERM: the build has cleaned up after itself (no staging folder, the previous output intact).
    Console.Error.WriteLine("mend: stopped.");
    return stop.ExitCode;
}
catch (Exception exception)
{
    Console.Error.WriteLine($"error {Mend.Pipeline.Diagnostic.InternalErrorCode}: internal error: {exception.Message}");
    if (Environment.GetEnvironmentVariable("MEND_DEBUG") == "1")
    {
        Console.Error.WriteLine(exception);
    }
    return ExitCodes.Internal;
}
