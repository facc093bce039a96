namespace Mend.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>Mend itself failed (MEND900), not the content: a bug to report.</summary>
    public const int Internal = 3;

    /// <summary>Stopped by Ctrl-C (SIGINT), as shells count it: 128 + 2.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (128 + 15), as a service manager or a CI runner stops a process.</summary>
    public const int Terminated = 143;
}
