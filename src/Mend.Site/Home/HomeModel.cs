using Mend.Site.Core;

namespace Mend.Site.Home;

/// <summary>The model of the <c>home</c> layout: the guides in reading order.</summary>
public sealed record HomeModel(IReadOnlyList<PageLink> Guides);
