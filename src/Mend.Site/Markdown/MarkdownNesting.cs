using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Markdown;

/// <summary>
/// How deep Markdown nests, against <see cref="Limits.MarkdownNesting"/>: each block quote, list, emphasis or link
/// inside another is one level (a list's items and a table's rows and cells belong to their list or table).
/// </summary>
public static class MarkdownNesting
{
    /// <summary>The error for Markdown that nests too deeply at <paramref name="at"/>.</summary>
    public static Diagnostic Error(SourceLocation at) => at.Error(ErrorCodes.LimitExceeded,
        $"this text is nested too deeply: block quotes, lists, emphasis or links go more than {Limits.MarkdownNesting} "
        + "levels inside one another here (or one paragraph has thousands of them); nest them less deeply, or split the paragraph");

    /// <summary>Where the first element nested deeper than the limit starts (line and column from 1), or null.</summary>
    public static (int Line, int Column)? FirstTooDeep(MarkdownDocument document)
    {
        // A loop rather than recursion: the tree may be far deeper than the limit.
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            if (IsLevel(node) && ++depth > Limits.MarkdownNesting)
            {
                return (node.Line + 1, node.Column + 1);
            }
            // Pushed last to first, so that the first one in the text is looked at first.
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push((container[i], depth));
                    }
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth));
                    break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push((child, depth));
                    }
                    break;
            }
        }
        return null;
    }

    private static bool IsLevel(MarkdownObject node) => node switch
    {
        MarkdownDocument or ListItemBlock or TableRow or TableCell => false,
        ContainerBlock => true,
        // The inlines of a paragraph or heading are held by a container of their own, which is no level.
        ContainerInline inline => inline.Parent is not null,
        _ => false,
    };
}
