using Mend.Site.Config;
using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site;

/// <summary>What every pipeline of one build shares: where to read and write, the configuration, the theme.</summary>
public sealed record SiteContext(
    string InputDirectory,
    string OutputDirectory,
    SiteConfig Config,
    PageUrls Urls,
    TemplateLibrary Templates);
