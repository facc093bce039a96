using Mend.Site.Core;

namespace Mend.Site.Xrefs;

/// <summary>A Markdown field of a YAML file rendered for its page, and the links it writes.</summary>
public sealed record RenderedField(string Html, WrittenLinks Links);
