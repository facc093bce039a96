using System.Collections.Concurrent;

namespace Mend.Pipeline;

/// <summary>
/// What one engine run leaves for the next, so that a rebuild (<c>mend serve</c>) reuses the work that the change
/// did not touch: each module has a <see cref="ModuleCache"/> of its own, found by its pipeline, phase, position and
/// type. Entries live for one run after the run that last used them; anything a run did not use is dropped after it,
/// so the cache holds at most one build's worth. A change that every module may depend on (the site's settings, the
/// theme) calls for a new cache.
/// </summary>
public sealed class RunCache
{
    private readonly ConcurrentDictionary<string, ModuleCache> _modules = new(StringComparer.Ordinal);

    internal ModuleCache For(string module) => _modules.GetOrAdd(module, _ => new ModuleCache());

    /// <summary>Ends a run: what it used is what the next run can reuse.</summary>
    internal void EndRun()
    {
        foreach (var cache in _modules.Values)
        {
            cache.EndRun();
        }
    }
}
