using System.Collections.Immutable;

namespace Mend.Site.Xrefs;

/// <summary>Every xref target of the site, by id and by the source file it came from.</summary>
public sealed class XrefRegistry(ImmutableDictionary<string, XrefTarget> byId, ImmutableDictionary<string, XrefTarget> bySource)
{
    public static readonly XrefRegistry Empty = new(
        ImmutableDictionary<string, XrefTarget>.Empty, ImmutableDictionary<string, XrefTarget>.Empty);

    public bool TryGet(string id, out XrefTarget target) => byId.TryGetValue(id, out target!);

    /// <summary>Finds the page built from a source file (input-relative path, forward slashes).</summary>
    public bool TryGetBySource(string sourcePath, out XrefTarget target) => bySource.TryGetValue(sourcePath, out target!);

    public IEnumerable<XrefTarget> All => byId.Values.OrderBy(t => t.Id, StringComparer.Ordinal);
}
