using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Markdown;

/// <summary>
/// An image written with no alt text (error MEND210): a reader who cannot see it would get nothing, or its file name.
/// An image that only decorates says so with the <see cref="DecorativeClass"/> class, <c>![](rule.png){.decorative}</c>,
/// and is published with an empty alt, which screen readers pass over.
/// </summary>
public static class ImagesWithoutAltText
{
    public const string DecorativeClass = "decorative";

    public static IEnumerable<Diagnostic> Find(MarkdownDocument document, Func<int, int, SourceLocation> locate) =>
        document.Descendants<LinkInline>()
            .Where(image => image.IsImage
                && string.IsNullOrWhiteSpace(InlineText.Of(image))
                && image.TryGetAttributes()?.Classes?.Contains(DecorativeClass) != true)
            .Select(image => locate(image.Line + 1, image.Column + 1).Error(ErrorCodes.MissingAltText,
                $"this image has no alt text: write what it shows between the brackets, ![like this]({image.Url}), or if it only decorates, mark it ![]({image.Url}){{.{DecorativeClass}}}"));
}
