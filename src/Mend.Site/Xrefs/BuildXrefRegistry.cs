using System.Globalization;
using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Xrefs;

/// <summary>
/// Gathers every page with an id into one registry: the pages the content pipelines read, and the pages of the
/// pipelines this one depends on; and every author file the content pipelines read. A repeated id is an error at its second declaration, and a page past
/// <see cref="MaxPages"/> an error at its own.
/// </summary>
public sealed class BuildXrefRegistry(params string[] contentPipelines) : DocumentModule
{
    /// <summary>How many pages with an id a site may have (<see cref="Limits.Pages"/>).</summary>
    public int MaxPages { get; init; } = Limits.Pages;

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var byId = ImmutableDictionary.CreateBuilder<string, XrefTarget>(StringComparer.Ordinal);
        var bySource = ImmutableDictionary.CreateBuilder<string, XrefTarget>(StringComparer.Ordinal);
        var repeated = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var declared = contentPipelines.SelectMany(context.InputsOf)
            .Concat(context.VisibleOutputs())
            .Where(d => d.TryGet<Page>(out var page) && page.Id is not null)
            .Select(d => (d.Source, Target: XrefTarget.Of(d.Get<Page>())))
            .OrderBy(pair => pair.Target.Location.File, StringComparer.Ordinal)
            .ThenBy(pair => pair.Target.Location.Line);

        foreach (var (source, target) in declared)
        {
            if (byId.TryGetValue(target.Id, out var first))
            {
                context.Report(target.Location.Error(ErrorCodes.DuplicateId,
                    $"id '{target.Id}' is already used by {first.Location}; ids are unique across the whole site"));
                repeated.Add(target.Id);
                continue;
            }
            if (byId.Count == MaxPages)
            {
                context.Report(target.Location.Error(ErrorCodes.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                    $"this is one page more than the {MaxPages:N0} a site may have; split the site, or merge small pages")));
                break;
            }
            byId.Add(target.Id, target);
            // A catalog file declares many targets; a link to the file itself means its first one, the catalog.
            if (source.Length > 0 && !bySource.ContainsKey(Path.GetFullPath(source)))
            {
                bySource.Add(Path.GetFullPath(source), target);
            }
        }

        var files = contentPipelines.SelectMany(context.InputsOf)
            .Where(d => d.Has<AuthorFile>())
            .DistinctBy(d => d.Source, StringComparer.Ordinal)
            .ToImmutableDictionary(d => Path.GetFullPath(d.Source), d => d.Get<AuthorFile>(), StringComparer.Ordinal);
        return [new Document().With(new XrefRegistry(byId.ToImmutable(), bySource.ToImmutable(), repeated.ToImmutable(), files))];
    }
}
