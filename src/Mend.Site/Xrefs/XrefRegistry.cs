using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Xrefs;

/// <summary>
/// Every xref target of the site, by id and by the source file it came from. An id declared twice is already an
/// error where it was repeated; links to it resolve to nothing and report nothing more, since either page may be meant.
/// It also knows the files authors put beside the pages (<see cref="AuthorFile"/>), by their full source path, which
/// relative links and images in Markdown name.
/// </summary>
public sealed class XrefRegistry(
    ImmutableDictionary<string, XrefTarget> byId,
    ImmutableDictionary<string, XrefTarget> bySource,
    ImmutableHashSet<string> repeated,
    ImmutableDictionary<string, AuthorFile>? files = null)
{
    public static readonly XrefRegistry Empty = new(
        ImmutableDictionary<string, XrefTarget>.Empty, ImmutableDictionary<string, XrefTarget>.Empty, []);

    private readonly ImmutableDictionary<string, AuthorFile> _files = files ?? ImmutableDictionary<string, AuthorFile>.Empty;

    private readonly Lazy<string> _fingerprint = new(() => Core.Fingerprint.Of(
        [.. Lines(byId, bySource, repeated), .. FileLines(files ?? ImmutableDictionary<string, AuthorFile>.Empty)]));

    /// <summary>A digest of everything in the registry: equal for two registries that resolve every link alike.</summary>
    public string Fingerprint => _fingerprint.Value;

    private static IEnumerable<string> Lines(
        ImmutableDictionary<string, XrefTarget> byId, ImmutableDictionary<string, XrefTarget> bySource, ImmutableHashSet<string> repeated) =>
        [
            .. byId.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"id {pair.Key} {Describe(pair.Value)}"),
            .. bySource.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"source {pair.Key} {pair.Value.Id}"),
            .. repeated.Order(StringComparer.Ordinal).Select(id => $"repeated {id}"),
        ];

    private static IEnumerable<string> FileLines(ImmutableDictionary<string, AuthorFile> files) =>
        files.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => $"file {pair.Key} {pair.Value.Url} {pair.Value.Bytes} {pair.Value.Size?.Width}x{pair.Value.Size?.Height}");

    private static string Describe(XrefTarget target) =>
        $"{target.Url} {target.Location} {target.Title} "
        + string.Join(" ", target.Anchors.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"#{a.Key}={a.Value}"));

    public bool TryGet(string id, out XrefTarget target) => byId.TryGetValue(id, out target!);

    /// <summary>Finds the page built from a source file, by its full path.</summary>
    public bool TryGetBySource(string sourcePath, out XrefTarget target) => bySource.TryGetValue(sourcePath, out target!);

    /// <summary>Finds an author file by its full path.</summary>
    public bool TryGetFile(string sourcePath, out AuthorFile file) => _files.TryGetValue(sourcePath, out file!);

    /// <summary>
    /// Resolves <c>ID</c> or <c>ID#anchor</c>; an unknown id or anchor is reported at <paramref name="location"/>
    /// (MEND201, MEND202) and gives null. <paramref name="written"/> is how the author wrote the link.
    /// </summary>
    public ResolvedXref? Resolve(string reference, SourceLocation location, Action<Diagnostic> report, string? written = null)
    {
        var parts = reference.Split('#', 2);
        if (repeated.Contains(parts[0]))
        {
            return null;
        }
        if (!TryGet(parts[0], out var target))
        {
            report(location.Error(ErrorCodes.UnknownXref, $"'{written ?? reference}': unknown id '{parts[0]}'"));
            return null;
        }
        return WithAnchor(target, parts.Length > 1 ? parts[1] : null, written ?? reference, location, report);
    }

    /// <summary>
    /// Resolves references written in YAML (a catalog's steps, a band's links) to links for templates, each error at
    /// its reference. A link to a section has the heading as its title and the page's title as its summary.
    /// </summary>
    public List<PageLink> Links(IEnumerable<Located<string>> references, Action<Diagnostic> report) =>
        references
            .Select(reference => Resolve(reference.Value, reference.Location, report))
            .OfType<ResolvedXref>()
            .Select(x => new PageLink(x.Title, x.Anchor is null ? "" : x.Target.Title, x.Url))
            .ToList();

    /// <summary>Resolves an optional anchor on a known target, reporting an anchor it does not have.</summary>
    public static ResolvedXref? WithAnchor(
        XrefTarget target, string? anchor, string written, SourceLocation location, Action<Diagnostic> report)
    {
        if (anchor is null or "")
        {
            return new ResolvedXref(target, null, target.Url, target.Title);
        }
        if (!target.Anchors.TryGetValue(anchor, out var heading))
        {
            report(location.Error(ErrorCodes.UnknownAnchor,
                $"'{written}': '{target.Id}' has no heading with the anchor '#{anchor}'"));
            return null;
        }
        return new ResolvedXref(target, anchor, $"{target.Url}#{anchor}", heading);
    }

    public IEnumerable<XrefTarget> All => byId.Values.OrderBy(t => t.Id, StringComparer.Ordinal);
}
