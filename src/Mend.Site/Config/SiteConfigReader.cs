using Mend.Pipeline;
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
        var map = new YamlSource(path, 0, diagnostics).LoadMapping(File.ReadAllText(path));
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
        map.RejectUnknownKeys();

        var url = baseUrlOverride ?? baseUrl?.Value;
        if (url is not null && !IsAbsoluteHttpUrl(url))
        {
            var message = $"base URL '{url}' must be an absolute http or https URL";
            diagnostics.Add(baseUrlOverride is null
                ? baseUrl!.Location.Error(ErrorCodes.InvalidValue, message)
                : Diagnostic.Error(ErrorCodes.InvalidValue, $"--base-url: {message}"));
        }
        if (theme is not null && !Identifiers.IsValid(theme.Value))
        {
            diagnostics.Add(theme.Location.Error(ErrorCodes.InvalidValue, $"theme '{OneLine.Of(theme.Value)}' must be a folder name in lower-case kebab-case"));
        }

        if (diagnostics.Count > before || title is null || description is null || url is null)
        {
            return null;
        }
        return new SiteConfig(
            title.Value,
            description.Value,
            url.EndsWith('/') ? url : url + "/",
            language?.Value ?? "en",
            theme?.Value ?? "default",
            supportNote);
    }

    private static bool IsAbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
