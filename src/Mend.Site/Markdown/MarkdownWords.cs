using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mend.Site.Markdown.Callouts;

namespace Mend.Site.Markdown;

/// <summary>
/// The words Markdown adds to a page: a step's label (<c>Step {n}:</c>), the steps summary's name and the callouts'
/// titles. A parsed document carries them (<see cref="DataKey"/>) when its page is in another language; otherwise
/// they are English. Parsing does not need them, so the one pipeline serves every language.
/// </summary>
public sealed record MarkdownWords(string StepLabel, string StepsSummary, IReadOnlyDictionary<string, string> CalloutTitles)
{
    public const string DataKey = "mend-markdown-words";

    public static readonly MarkdownWords English = new("Step {n}:", "The steps at a glance", CalloutKinds.Titles);

    public string Step(int number) =>
        StepLabel.Replace("{n}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The words of the document <paramref name="node"/> belongs to.</summary>
    public static MarkdownWords Of(MarkdownObject node)
    {
        Block? block = node switch
        {
            Block own => own,
            Inline inline => BlockOf(inline),
            _ => null,
        };
        while (block?.Parent is { } parent)
        {
            block = parent;
        }
        return block?.GetData(DataKey) as MarkdownWords ?? English;
    }

    private static LeafBlock? BlockOf(Inline inline)
    {
        var top = inline;
        while (top.Parent is { } parent)
        {
            top = parent;
        }
        return (top as ContainerInline)?.ParentBlock;
    }
}
