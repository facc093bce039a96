using System.Globalization;
using AngleSharp.Dom;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Xrefs;

/// <summary>
/// What an image in Markdown gets from its file: its width and height, so the page keeps the image's place before it
/// loads (unless the author set either), lazy loading, and warning MEND306 when the file is heavy for a page to load.
/// </summary>
public static class ImageAttributes
{
    /// <summary>Past this many bytes an image is a warning: on a slow phone it takes seconds.</summary>
    public const long MaxBytes = 500 * 1024;

    /// <summary>
    /// Past this many pixels wide a picture (not a drawing: an SVG's size says nothing of its weight) is a warning: no
    /// screen the site is read on needs more.
    /// </summary>
    public const int MaxWidth = 2500;

    public static void Write(IElement image, AuthorFile file, SourceLocation location, Action<Diagnostic> report)
    {
        if (file.Size is { } size && !image.HasAttribute("width") && !image.HasAttribute("height"))
        {
            image.SetAttribute("width", size.Width.ToString(CultureInfo.InvariantCulture));
            image.SetAttribute("height", size.Height.ToString(CultureInfo.InvariantCulture));
        }
        if (!image.HasAttribute("loading"))
        {
            image.SetAttribute("loading", "lazy");
        }
        if (!image.HasAttribute("decoding"))
        {
            image.SetAttribute("decoding", "async");
        }
        var isDrawing = Path.GetExtension(file.InputPath).Equals(".svg", StringComparison.OrdinalIgnoreCase);
        var heavy = file.Bytes > MaxBytes;
        var wide = file.Size?.Width > MaxWidth && !isDrawing;
        if (heavy || wide)
        {
            var why = string.Join(" and ", new[]
            {
                heavy ? string.Create(CultureInfo.InvariantCulture, $"{file.Bytes / 1024:N0} KB, over {MaxBytes / 1024} KB") : null,
                wide ? string.Create(CultureInfo.InvariantCulture, $"{file.Size!.Width}x{file.Size.Height} pixels, wider than {MaxWidth}") : null,
            }.OfType<string>());
            report(location.Warning(ErrorCodes.LargeImage,
                $"'{file.InputPath}' is {why}: it is slow to load on a phone; make it smaller (resize or compress it)"));
        }
    }
}
