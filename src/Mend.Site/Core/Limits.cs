namespace Mend.Site.Core;

/// <summary>
/// The most a build accepts, each refused with error <see cref="ErrorCodes.LimitExceeded"/> at the place that
/// goes over it. Every limit sits well above what a large real site needs (10,000 guides, 10,000 catalog entries,
/// a 5 MB guide); they exist so that no input can make a build run away in time, memory or stack.
/// </summary>
public static class Limits
{
    /// <summary>The largest input file, in bytes.</summary>
    public const long FileBytes = 16 * 1024 * 1024;

    /// <summary>How deep lists and mappings may nest in one YAML file or front matter.</summary>
    public const int YamlNesting = 64;

    /// <summary>How many values one YAML file may hold once every alias (<c>*name</c>) is expanded.</summary>
    public const int YamlValues = 2_000_000;

    /// <summary>How deep block quotes, lists and inline markup may nest in Markdown, and, counted apart, its raw HTML elements.</summary>
    public const int MarkdownNesting = 64;

    /// <summary>How many pages one site may have.</summary>
    public const int Pages = 200_000;
}
