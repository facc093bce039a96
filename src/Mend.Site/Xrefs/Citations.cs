using System.Collections.Immutable;

namespace Mend.Site.Xrefs;

/// <summary>The references (<c>ID</c> or <c>ID#anchor</c>) a page cites, such as a catalog entry's guide steps; each cited section links back.</summary>
public sealed record Citations(ImmutableArray<string> References);
