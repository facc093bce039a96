using System.Globalization;
using Mend.Site.Config;
using Mend.Site.Core;

namespace Mend.Site.Templates;

/// <summary>
/// The images <c>site.yml</c> names for the head of every page: the social image (<c>og:image</c>, at its address on
/// the public site, since social sites fetch it from there) and the favicons, each with the size it was measured at.
/// A file that is missing or not an image is already an error where <c>site.yml</c> names it, and is left out here.
/// </summary>
public static class SiteImages
{
    /// <summary>A square PNG of this size is what phones put on the home screen.</summary>
    private const int TouchIconSize = 180;

    public static SocialImageView? SocialImage(SiteConfig site, SiteView view, PageUrls urls) =>
        site.SocialImage is { } path && view.Files.TryGetValue(path.Value, out var file) && file.Size is { } size
            ? new SocialImageView(urls.Absolute(file.Url), size.Width, size.Height, site.SocialImageAlt ?? "")
            : null;

    public static IReadOnlyList<IconView> Icons(SiteConfig site, SiteView view) =>
        [.. site.Favicons
            .Select(path => view.Files.TryGetValue(path.Value, out var file) && file.Size is not null ? file : null)
            .OfType<AuthorFile>()
            .SelectMany(IconsOf)];

    private static IEnumerable<IconView> IconsOf(AuthorFile file)
    {
        var size = file.Size!;
        var sizes = string.Create(CultureInfo.InvariantCulture, $"{size.Width}x{size.Height}");
        switch (Path.GetExtension(file.InputPath).ToLowerInvariant())
        {
            case ".svg":
                yield return new IconView("icon", file.Url, "any", "image/svg+xml");
                break;
            case ".ico":
                yield return new IconView("icon", file.Url, sizes, "image/x-icon");
                break;
            case ".png":
                yield return new IconView("icon", file.Url, sizes, "image/png");
                if (size.Width == TouchIconSize && size.Height == TouchIconSize)
                {
                    yield return new IconView("apple-touch-icon", file.Url, sizes, null);
                }
                break;
            default:
                yield return new IconView("icon", file.Url, sizes, null);
                break;
        }
    }
}

/// <summary>The social image as <c>_default.sbn</c> writes it: an absolute URL, its size and its description.</summary>
public sealed record SocialImageView(string Url, int Width, int Height, string Alt);

/// <summary>A <c>&lt;link rel="icon"&gt;</c>: <see cref="Url"/> is site-rooted; <see cref="Type"/> may be null.</summary>
public sealed record IconView(string Rel, string Url, string Sizes, string? Type);
