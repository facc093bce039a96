using System.Collections.Immutable;

namespace Mend.Site.Templates;

/// <summary>The page being rendered and what links from it need: URLs and the fingerprinted asset names.</summary>
public sealed record RenderState(
    string Destination,
    PageUrls Urls,
    ImmutableDictionary<string, string> Assets,
    TemplateLibrary Library);
