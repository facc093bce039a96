using System.Runtime.ExceptionServices;

namespace Mend.Pipeline;

/// <summary>Maps a list on the machine's cores and keeps its order.</summary>
public static class InParallel
{
    /// <summary>
    /// <paramref name="map"/> applied to each item, in parallel; the results are in the order of the items. If any
    /// item fails, the exception of the first that failed in list order is rethrown as it was, as a sequential run
    /// would report it, so that the build's error does not depend on scheduling.
    /// </summary>
    public static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var results = new TOut[items.Count];
        if (items.Count < 2)
        {
            for (var i = 0; i < items.Count; i++)
            {
                results[i] = map(items[i]);
            }
            return results;
        }
        var failures = new ExceptionDispatchInfo?[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            try
            {
                results[i] = map(items[i]);
            }
            catch (Exception exception)
            {
                failures[i] = ExceptionDispatchInfo.Capture(exception);
            }
        });
        foreach (var failure in failures)
        {
            failure?.Throw();
        }
        return results;
    }
}
