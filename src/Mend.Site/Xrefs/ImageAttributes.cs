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
        if (file.Bytes > MaxBytes || (file.Size?.Width > MaxWidth && !isDrawing))
        {
            report(location.Warning(ErrorCodes.LargeImage, string.Create(CultureInfo.InvariantCulture,
                $"'{file.InputPath}' is {file.Bytes / 1024:N0} KB{(file.Size is { } s ? $", {s.Width}x{s.Height} pixels" : "")}: over {MaxBytes / 1024} KB or {MaxWidth} pixels wide, it is slow to load on a phone; make it smaller")));
        }
    }
}
