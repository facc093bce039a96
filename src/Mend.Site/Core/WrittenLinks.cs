using System.Collections.Immutable;

namespace Mend.Site.Core;

/// <summary>
/// The addresses a page's text links to or loads (Markdown links and images, raw HTML attributes), each with where it
/// was written, so that the link check reports a broken one in the source rather than in the finished page.
/// </summary>
public sealed record WrittenLinks(ImmutableArray<WrittenLink> Links)
{
    public static readonly WrittenLinks None = new([]);

    public WrittenLinks And(WrittenLinks other) => new([.. Links, .. other.Links]);
}

/// <summary>An address as written in a page's text, and where.</summary>
public sealed record WrittenLink(string Url, SourceLocation At);
