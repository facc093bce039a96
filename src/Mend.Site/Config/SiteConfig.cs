using Mend.Site.Core;

namespace Mend.Site.Config;

/// <summary>input/site.yml. <see cref="SupportNote"/> is Markdown for the safety guide, kept with where it was written.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string Theme,
    Located<string>? SupportNote);
