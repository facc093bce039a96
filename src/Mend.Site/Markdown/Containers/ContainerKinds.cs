using Markdig.Extensions.CustomContainers;

namespace Mend.Site.Markdown.Containers;

/// <summary>
/// The containers a page's Markdown can open with <c>:::</c>: <c>say</c> holds words a reader could say, shown as one
/// quote box wherever they appear; <c>steps</c> turns each heading inside it into a numbered step.
/// </summary>
public static class ContainerKinds
{
    public const string Say = "say";
    public const string Steps = "steps";

    public static readonly IReadOnlyList<string> All = [Say, Steps];

    /// <summary>The kind the container was opened with (its first word), or "" for none.</summary>
    public static string Of(CustomContainer container) => container.Info?.Trim() ?? "";
}
