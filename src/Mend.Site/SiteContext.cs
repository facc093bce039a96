using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Pipeline.Modules;
using Mend.Site.Config;
using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site;

/// <summary>
/// What every pipeline of one build shares: where to read and write (no output folder: the build is kept in memory,
/// as <c>mend serve</c> keeps it), the configuration, the theme.
/// </summary>
public sealed record SiteContext(
    string InputDirectory,
    string? OutputDirectory,
    SiteConfig Config,
    PageUrls Urls,
    TemplateLibrary Templates)
{
    /// <summary>Whether assets get a content hash in their names: yes for a site to publish, not for a preview.</summary>
    public bool FingerprintsAssets { get; init; } = true;

    /// <summary>The build date, that each page's <c>review_due</c> is checked against.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>What a pipeline's Output phase writes with: the output folder's writer, or nothing for a build kept in memory.</summary>
    public ImmutableArray<IModule> Writers => OutputDirectory is null ? [] : [new WriteFiles(OutputDirectory)];
}
