using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Gif;
using MetadataExtractor.Formats.Ico;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.WebP;
using Mend.Site.Core;
using Directory = MetadataExtractor.Directory;

namespace Mend.Site.AuthorFiles;

/// <summary>
/// The width and height of an image file, read from its header: PNG, JPEG (turned as its Exif orientation says, as
/// browsers show it), GIF, WebP and ICO with MetadataExtractor, SVG from its root's <c>width</c> and <c>height</c> or
/// else its <c>viewBox</c>. Null for any other file, or one that cannot be read as what its name says.
/// </summary>
public static class ImageSizes
{
    /// <summary>The extensions of the files the site takes for images, in lower case.</summary>
    public static readonly ImmutableHashSet<string> Extensions =
        [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".avif"];

    public static ImageSize? Of(string path, ImmutableArray<byte> contents)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return null;
        }
        using var stream = new MemoryStream(ImmutableCollectionsMarshal.AsArray(contents)!, writable: false);
        return extension == ".svg" ? OfSvg(stream) : OfRaster(stream);
    }

    private static ImageSize? OfRaster(Stream stream)
    {
        IReadOnlyList<Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(stream);
        }
        // The library reads what the file says as far as it can, and throws whatever a broken file leads it to
        // (its own exception, or an ArgumentException for a chunk name that is not letters): all mean no size.
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
        var size = directories.Select(directory => directory switch
        {
            PngDirectory png => Read(png, PngDirectory.TagImageWidth, PngDirectory.TagImageHeight),
            JpegDirectory jpeg => Read(jpeg, JpegDirectory.TagImageWidth, JpegDirectory.TagImageHeight),
            GifHeaderDirectory gif => Read(gif, GifHeaderDirectory.TagImageWidth, GifHeaderDirectory.TagImageHeight),
            WebPDirectory webp => Read(webp, WebPDirectory.TagImageWidth, WebPDirectory.TagImageHeight),
            IcoDirectory ico => Read(ico, IcoDirectory.TagImageWidth, IcoDirectory.TagImageHeight),
            _ => null,
        }).OfType<ImageSize>().FirstOrDefault();
        // Orientations 5 to 8 turn the picture a quarter: a browser shows it with width and height swapped.
        var turned = directories.OfType<ExifIfd0Directory>().FirstOrDefault() is { } exif
            && exif.TryGetInt32(ExifDirectoryBase.TagOrientation, out var orientation) && orientation is >= 5 and <= 8;
        return size is not null && turned ? new ImageSize(size.Height, size.Width) : size;
    }

    private static ImageSize? Read(Directory directory, int widthTag, int heightTag) =>
        directory.TryGetInt32(widthTag, out var width) && directory.TryGetInt32(heightTag, out var height) && width > 0 && height > 0
            ? new ImageSize(width, height)
            : null;

    private static ImageSize? OfSvg(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return null;
            }
            if (Length(reader.GetAttribute("width")) is { } width && Length(reader.GetAttribute("height")) is { } height)
            {
                return new ImageSize(width, height);
            }
            var box = (reader.GetAttribute("viewBox") ?? "")
                .Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            return box.Length == 4 && Length(box[2]) is { } boxWidth && Length(box[3]) is { } boxHeight
                ? new ImageSize(boxWidth, boxHeight)
                : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    // "120" or "120px"; a length in other units (%, em) says nothing about the picture's own size.
    private static int? Length(string? value)
    {
        var number = value?.Trim() is { } text && text.EndsWith("px", StringComparison.Ordinal) ? text[..^2] : value;
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var length) && length >= 1 && length < 100_000
            ? (int)Math.Round(length)
            : null;
    }
}
