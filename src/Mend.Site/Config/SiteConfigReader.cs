using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.Config;

/// <summary>Reads and validates input/site.yml.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    public static SiteConfig? Read(string inputDirectory, string? baseUrlOverride, ICollection<Diagnostic> diagnostics)
    {
        var path = Path.Join(inputDirectory, FileName).Replace('\\', '/');
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(ErrorCodes.MissingSiteConfig, $"no {FileName} in the input folder '{inputDirectory}'", path));
            return null;
        }

        var before = diagnostics.Count;
        if (SourceReader.ReadText(path, path, InputRules.Files, out var unreadable) is not { } text)
        {
            diagnostics.Add(unreadable!);
            return null;
        }
        var map = new YamlSource(path, 0, diagnostics).LoadMapping(text);
        if (map is null)
        {
            return null;
        }

        var title = map.RequiredString("title");
        var description = map.RequiredString("description");
        var baseUrl = map.RequiredString("base_url");
        var language = map.OptionalString("language");
        var theme = map.OptionalString("theme");
        var supportNote = map.OptionalString("support_note");
        var tagline = map.OptionalString("tagline");
        var safety = SafetySettingsReader.Read(map.OptionalMap("safety"), diagnostics);
        var socialImage = map.OptionalString("social_image");
        var socialImageAlt = map.OptionalText("social_image_alt");
        var favicons = map.OptionalStringList("favicons") ?? [];
        map.RejectUnknownKeys();

        var url = baseUrlOverride ?? baseUrl?.Value;
        if (url is not null && BaseUrlProblem(url) is { } problem)
        {
            var message = $"base URL '{OneLine.Of(url)}' {problem}";
            diagnostics.Add(baseUrlOverride is null
                ? baseUrl!.Location.Error(ErrorCodes.InvalidValue, message)
                : Diagnostic.Error(ErrorCodes.InvalidValue, $"--base-url: {message}"));
        }
        if (language is not null && !IsLanguageCode(language.Value))
        {
            diagnostics.Add(language.Location.Error(ErrorCodes.InvalidValue,
                $"language '{OneLine.Of(language.Value)}' must be a language code such as en, fr or pt-BR"));
        }
        if (theme is not null && !Identifiers.IsValid(theme.Value))
        {
            diagnostics.Add(theme.Location.Error(ErrorCodes.InvalidValue, $"theme '{OneLine.Of(theme.Value)}' must be a folder name in lower-case kebab-case"));
        }

        foreach (var image in new[] { socialImage }.OfType<Located<string>>().Concat(favicons))
        {
            if (StaticPathProblem(image.Value) is { } pathProblem)
            {
                diagnostics.Add(image.Location.Error(ErrorCodes.InvalidValue, $"'{OneLine.Of(image.Value)}' {pathProblem}"));
            }
        }
        if (socialImage is not null && socialImageAlt is null)
        {
            diagnostics.Add(socialImage.Location.Error(ErrorCodes.MissingKey,
                "social_image needs social_image_alt: a few words on what the picture shows, for readers who cannot see it"));
        }

        if (diagnostics.Count > before || title is null || description is null || url is null || safety is null)
        {
            return null;
        }
        return new SiteConfig(
            title.Value,
            description.Value,
            url.EndsWith('/') ? url : url + "/",
            language?.Value ?? "en",
            theme?.Value ?? "default",
            supportNote,
            new YamlText(text),
            tagline?.Value)
        {
            Safety = safety,
            SocialImage = socialImage,
            SocialImageAlt = socialImageAlt?.Value,
            Favicons = favicons,
            LanguageWritten = language?.Location,
        };
    }

    /// <summary>
    /// What is wrong with a base URL, or null. It is written as it is into robots.txt, the sitemap, the feed and
    /// every page's canonical link, with each page's address added after it.
    /// </summary>
    private static string? BaseUrlProblem(string url) =>
        !IsAbsoluteHttpUrl(url) ? "must be an absolute http or https URL"
        : url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? "must not contain spaces, tabs or line breaks"
        : url.IndexOfAny(['?', '#']) >= 0 ? "must not have a '?' or '#' part; page addresses are added after it"
        : null;

    /// <summary>What is wrong with the path of a social image or favicon, or null: it names a file under static/.</summary>
    private static string? StaticPathProblem(string path) =>
        !path.StartsWith(AuthorFile.StaticFolder + "/", StringComparison.Ordinal)
            || path.Split('/').Any(part => part is "" or "." or "..") || path.Contains('\\', StringComparison.Ordinal)
            ? $"must be the path of a file under {AuthorFile.StaticFolder}/ in the input folder, such as {AuthorFile.StaticFolder}/icon-32.png"
            : null;

    // The shape of a BCP 47 tag (en, pt-BR, zh-Hant-TW); it is written into every page's lang attribute and the feed.
    private static bool IsLanguageCode(string value) =>
        value.Split('-').All(part => part.Length > 0 && part.All(char.IsAsciiLetterOrDigit));

    private static bool IsAbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
