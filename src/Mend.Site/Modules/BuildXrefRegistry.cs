using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>Gathers every xref target the pipeline can see into one registry; a repeated id is an error.</summary>
public sealed class BuildXrefRegistry : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var byId = ImmutableDictionary.CreateBuilder<string, XrefTarget>(StringComparer.Ordinal);
        var bySource = ImmutableDictionary.CreateBuilder<string, XrefTarget>(StringComparer.Ordinal);
        var declared = context.VisibleOutputs()
            .Where(d => d.Has(Keys.Target))
            .Select(d => (d.Source, Target: d.Get(Keys.Target)))
            .OrderBy(pair => pair.Target.Location.File, StringComparer.Ordinal)
            .ThenBy(pair => pair.Target.Location.Line);

        foreach (var (source, target) in declared)
        {
            if (byId.TryGetValue(target.Id, out var first))
            {
                context.Report(target.Location.Error(ErrorCodes.DuplicateId,
                    $"id '{target.Id}' is already used by {first.Location}; ids are unique across the whole site"));
                continue;
            }
            byId.Add(target.Id, target);
            // A catalog file declares many targets; a link to the file itself means its first one, the catalog.
            if (source.Length > 0 && !bySource.ContainsKey(Path.GetFullPath(source)))
            {
                bySource.Add(Path.GetFullPath(source), target);
            }
        }

        var registry = new XrefRegistry(byId.ToImmutable(), bySource.ToImmutable());
        return Task.FromResult<IReadOnlyList<Document>>([new Document().WithMetadata(Keys.Registry, registry)]);
    }
}
