namespace Mend.Site.Core;

/// <summary>
/// A file an author put in the input folder for pages to show or link (an image beside the guides, a PDF under
/// <c>static/</c>): <see cref="InputPath"/> is its path under the input folder, <see cref="Url"/> the site-rooted URL
/// that Markdown links to, <see cref="Bytes"/> its size, and <see cref="Size"/> its width and height when it is an
/// image that could be measured.
/// </summary>
public sealed record AuthorFile(string InputPath, string Url, long Bytes, ImageSize? Size)
{
    /// <summary>The folder under the input folder for files that are not beside a guide.</summary>
    public const string StaticFolder = "static";
}

/// <summary>An image's width and height in CSS pixels, as a browser shows it at its natural size.</summary>
public sealed record ImageSize(int Width, int Height);
