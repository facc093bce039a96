namespace Mend.Site.Content;

/// <summary>input/site.yml.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string Theme,
    string? SupportNote);
