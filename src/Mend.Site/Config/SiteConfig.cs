using Mend.Site.Core;

namespace Mend.Site.Config;

/// <summary>
/// input/site.yml. <see cref="SupportNote"/> is Markdown for the safety guide, kept with where it was written, and
/// <see cref="Source"/> the file's text, where the note's links are found when one is reported. <see cref="Tagline"/>
/// is the home page's heading, the site's title when it has none. <see cref="Safety"/> is the <c>safety</c> block:
/// emergency numbers, the helpline note and the quick exit. <see cref="SocialImage"/> and <see cref="Favicons"/> are
/// paths under the input folder, of files under <c>static/</c>.
/// </summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string Theme,
    Located<string>? SupportNote,
    YamlText? Source = null,
    string? Tagline = null)
{
    public SafetySettings Safety { get; init; } = SafetySettings.None;

    /// <summary>The picture social sites show with a link to any page (<c>og:image</c>), and its description.</summary>
    public Located<string>? SocialImage { get; init; }

    public string? SocialImageAlt { get; init; }

    /// <summary>The site's icons, each at the size it was drawn; none keeps the theme's own icon.</summary>
    public IReadOnlyList<Located<string>> Favicons { get; init; } = [];

    /// <summary>Where <c>language</c> is written in site.yml, for an error about its strings file; null when not written.</summary>
    public SourceLocation? LanguageWritten { get; init; }
}
