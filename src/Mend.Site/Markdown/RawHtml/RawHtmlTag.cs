namespace Mend.Site.Markdown.RawHtml;

/// <summary>A tag of raw HTML written in Markdown, at its line and column in the Markdown (from 1); names are lower case.</summary>
public sealed record RawHtmlTag(string Name, bool IsEnd, bool IsSelfClosing, int Line, int Column, IReadOnlyList<RawHtmlAttr> Attributes);

/// <summary>An attribute of a <see cref="RawHtmlTag"/>, its value decoded as a browser decodes it, at the line and column of its name.</summary>
public sealed record RawHtmlAttr(string Name, string Value, int Line, int Column);
