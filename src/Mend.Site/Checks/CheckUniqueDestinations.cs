using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Checks;

/// <summary>
/// Reports two documents that would be written to the same file, such as a catalog entry whose id is also the
/// id of one of its catalog's severities; otherwise one would silently replace the other.
/// </summary>
public sealed class CheckUniqueDestinations : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var clashes = context.VisibleOutputs()
            .Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var clash in clashes)
        {
            var sources = clash.Select(d => d.Source.Length > 0 ? d.Source : "the site itself").Distinct().Order(StringComparer.Ordinal);
            var message = $"{clash.Count()} pages would be written to '{clash.Key}' (from {string.Join(", ", sources)}); rename one of them";
            // Point at a declared id where there is one: that is what the author can rename.
            var declared = clash.Select(d => d.TryGet<Page>(out var page) ? page.Location : null).FirstOrDefault(l => l is { Line: > 0 });
            context.Report(declared?.Error(ErrorCodes.DuplicateDestination, message)
                ?? Diagnostic.Error(ErrorCodes.DuplicateDestination, message, clash.Select(d => d.Source).FirstOrDefault(s => s.Length > 0)));
        }
        return inputs;
    }
}
