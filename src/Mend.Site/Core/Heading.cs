namespace Mend.Site.Core;

/// <summary>A heading of a rendered page: its anchor id, its plain text and its level.</summary>
public sealed record Heading(string Id, string Text, int Level);
