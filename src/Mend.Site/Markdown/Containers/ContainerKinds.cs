using Markdig.Extensions.CustomContainers;

namespace Mend.Site.Markdown.Containers;

/// <summary>
/// The containers a page's Markdown can open with <c>:::</c>: <c>say</c> holds words a reader could say, shown as one
/// quote box wherever they appear; <c>steps</c> turns each heading inside it into a numbered step; <c>compose</c> holds a
/// list of the parts of something to say, which the theme's script turns into boxes to fill in and the words they make.
/// </summary>
public static class ContainerKinds
{
    public const string Say = "say";
    public const string Steps = "steps";
    public const string Compose = "compose";

    public static readonly IReadOnlyList<string> All = [Say, Steps, Compose];

    /// <summary>The kind the container was opened with (its first word), or "" for none.</summary>
    public static string Of(CustomContainer container) => container.Info?.Trim() ?? "";
}
