using Markdig.Syntax.Inlines;

namespace Mend.Site.Markdown.Containers;

/// <summary>
/// "Step 3: " at the start of a step's heading, in the page's language (<see cref="MarkdownWords"/>): its text, in the
/// contents and in search, says which step it is.
/// </summary>
public sealed class StepNumberInline(int number) : LeafInline
{
    public int Number { get; } = number;

    public string Text => $"{MarkdownWords.Of(this).Step(Number)} ";
}
