using Markdig.Syntax;
using Mend.Site.Markdown;

namespace Mend.Site.Tests.Markdown;

/// <summary>Markdown that a test knows to be within the site's limits, parsed or rendered.</summary>
internal static class Rendered
{
    public static MarkdownDocument Document(string markdown) =>
        MendMarkdown.TryParse(markdown, out var document, out var tooDeep)
            ? document
            : throw new InvalidOperationException($"the test's Markdown nests too deeply at {tooDeep}");

    public static string Html(string markdown) => MendMarkdown.ToHtml(Document(markdown));
}
