using System.Globalization;
using Mend.Site;

namespace Mend.Cli;

/// <summary>What <c>--verbose</c> adds after a build: each phase's time, the slowest modules, and the documents each pipeline made.</summary>
internal static class Profile
{
    private const int SlowestShown = 10;

    public static void Print(BuildReport report)
    {
        if (report.Phases.Count == 0)
        {
            return;
        }
        Console.WriteLine("Phases (time, then managed heap at the end):");
        foreach (var phase in report.Phases)
        {
            Console.WriteLine($"  {phase.Phase,-12} {Milliseconds(phase.Elapsed),8} ms {Megabytes(phase.HeapBytes),8} MB");
        }
        using (var process = System.Diagnostics.Process.GetCurrentProcess())
        {
            Console.WriteLine($"Peak memory (resident set): {Megabytes(process.PeakWorkingSet64)} MB");
        }
        Console.WriteLine(
            $"Garbage collections: {GC.CollectionCount(0)} (generation 1: {GC.CollectionCount(1)}, 2: {GC.CollectionCount(2)}), " +
            $"paused {Milliseconds(GC.GetTotalPauseDuration())} ms, {Megabytes(GC.GetTotalAllocatedBytes())} MB allocated");

        Console.WriteLine($"Slowest modules (of {report.Modules.Count}):");
        foreach (var module in report.Modules.OrderByDescending(m => m.Elapsed).Take(SlowestShown))
        {
            Console.WriteLine($"  {Milliseconds(module.Elapsed),8} ms  {module.Pipeline}/{module.Phase}/{module.Module} ({module.Documents} documents)");
        }

        Console.WriteLine("Documents per pipeline, after its last phase:");
        foreach (var pipeline in report.Modules.GroupBy(m => m.Pipeline).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {pipeline.Key,-20} {pipeline.MaxBy(m => m.Phase)!.Documents,6}");
        }
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
