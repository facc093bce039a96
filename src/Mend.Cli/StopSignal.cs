using System.Runtime.InteropServices;

namespace Mend.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM cancel the running command, which stops cleanly (no staging folder left, the previous
/// output intact) and exits with the code shells expect: 130 after SIGINT, 143 after SIGTERM (128 + the signal).
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _exitCode = ExitCodes.Interrupted;

    public StopSignal()
    {
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, ExitCodes.Interrupted)));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, ExitCodes.Terminated)));
    }

    public CancellationToken Token => _stop.Token;

    public int ExitCode => Volatile.Read(ref _exitCode);

    private void Stop(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true; // the command ends itself, rather than the runtime ending the process
        Volatile.Write(ref _exitCode, exitCode);
        _stop.Cancel();
    }

    public void Dispose()
    {
        _registrations.ForEach(r => r.Dispose());
        _stop.Dispose();
    }
}
