namespace Mend.Pipeline;

public sealed partial class Engine
{
    /// <summary>Orders pipelines so each comes after its dependencies; ties broken by name for determinism.</summary>
    private static List<Pipeline> OrderByDependencies(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new ArgumentException($"Two pipelines are named '{pipeline.Name}'.", nameof(pipelines));
            }
        }

        var ordered = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var pipeline in pipelines.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Visit(pipeline, []);
        }
        return ordered;

        void Visit(Pipeline pipeline, List<string> path)
        {
            if (state.TryGetValue(pipeline.Name, out var done))
            {
                if (!done)
                {
                    var cycle = string.Join(" -> ", path.SkipWhile(n => n != pipeline.Name).Append(pipeline.Name));
                    throw new ArgumentException($"Pipelines depend on each other in a cycle: {cycle}.", nameof(pipelines));
                }
                return;
            }

            state[pipeline.Name] = false;
            path.Add(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies.Order(StringComparer.Ordinal))
            {
                if (!byName.TryGetValue(dependency, out var required))
                {
                    throw new ArgumentException(
                        $"Pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist.", nameof(pipelines));
                }
                Visit(required, path);
            }
            path.RemoveAt(path.Count - 1);
            state[pipeline.Name] = true;
            ordered.Add(pipeline);
        }
    }

    private static Dictionary<string, HashSet<string>> TransitiveDependencies(IReadOnlyList<Pipeline> ordered)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var pipeline in ordered)
        {
            var all = new HashSet<string>(StringComparer.Ordinal);
            foreach (var dependency in pipeline.Dependencies)
            {
                all.Add(dependency);
                all.UnionWith(result[dependency]);
            }
            result[pipeline.Name] = all;
        }
        return result;
    }
}
