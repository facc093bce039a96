using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Mend.Site.Markdown.TaskBoxes;

/// <summary>
/// Markdig's task-list parser, held to GitHub's rule: a box is <c>[ ]</c> or <c>[x]</c> that opens a list item's
/// first paragraph, followed by white space. Markdig alone takes <c>[x]</c> anywhere in an item for a box, so
/// <c>- see [x](xref:id)</c> lost its link (and the check of its target).
/// </summary>
public sealed class TaskBoxParser : TaskListInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        OpensItem(processor) && slice.PeekChar(3).IsWhitespace() && base.Match(processor, ref slice);

    // Nothing of the paragraph is parsed yet (Inline is null), and the paragraph is the item's first block.
    private static bool OpensItem(InlineProcessor processor) =>
        processor.Inline is null
        && processor.Block is { Parent: ListItemBlock item } paragraph
        && item.Count > 0
        && ReferenceEquals(item[0], paragraph);
}
