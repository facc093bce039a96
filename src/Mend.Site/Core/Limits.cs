namespace Mend.Site.Core;

/// <summary>
/// The most a build accepts, each refused with error <see cref="ErrorCodes.LimitExceeded"/> at the place that
/// goes over it. Every limit sits well above what a large real site needs (10,000 guides, 10,000 catalog entries,
/// a 5 MB guide); they exist so that no input can make a build run away in time, memory or stack.
/// </summary>
public static class Limits
{
    /// <summary>The largest input file, in bytes.</summary>
    public const long FileBytes = 64 * 1024 * 1024;

    /// <summary>How deep lists and mappings may nest in one YAML file or front matter.</summary>
    public const int YamlNesting = 64;

    /// <summary>How many values one YAML file may hold once every alias (<c>*name</c>) is expanded.</summary>
    public const int YamlValues = 2_000_000;

    /// <summary>How deep block quotes, lists and inline markup may nest in Markdown, and, counted apart, its raw HTML elements.</summary>
    public const int MarkdownNesting = 64;

    /// <summary>
    /// How many emphasis marks or brackets one Markdown paragraph may leave open at once: just under where Markdig
    /// itself gives up (10,240), so that a paragraph Markdig reads is never refused.
    /// </summary>
    public const int OpenMarks = 10_000;

    /// <summary>How many pages one site may have.</summary>
    public const int Pages = 200_000;

    /// <summary>The longest id or tag, in characters (error MEND106): ids and tags name folders.</summary>
    public const int IdentifierLength = 100;

    /// <summary>The largest number an author may write (a scale value, a band's limit, an order), either side of zero (error MEND106).</summary>
    public const double LargestNumber = 1_000_000_000;
}
