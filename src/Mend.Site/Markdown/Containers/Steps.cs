using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Mend.Site.Markdown.Containers;

/// <summary>The headings that start the steps of a <c>::: steps</c> container: those of the highest rank directly inside it.</summary>
public static class Steps
{
    public static IEnumerable<HeadingBlock> Of(CustomContainer container)
    {
        var headings = container.OfType<HeadingBlock>().ToList();
        if (headings.Count == 0)
        {
            return [];
        }
        var level = headings.Min(h => h.Level);
        return headings.Where(h => h.Level == level);
    }
}
