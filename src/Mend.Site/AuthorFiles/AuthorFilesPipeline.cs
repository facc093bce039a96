using Mend.Pipeline.Modules;
using Mend.Site.Core;

namespace Mend.Site.AuthorFiles;

/// <summary>
/// The files authors put beside the guides (any but Markdown, in subfolders too) or under <c>input/static/</c>: read,
/// measured when they are images, given their destinations, and written. Markdown finds them through the xref
/// registry, which gathers every <see cref="AuthorFile"/> this pipeline reads; the layouts find the social image and
/// favicons that <c>site.yml</c> names among them.
/// </summary>
public sealed class AuthorFilesPipeline : Mend.Pipeline.Pipeline
{
    public AuthorFilesPipeline(SiteContext site) : base(nameof(AuthorFilesPipeline))
    {
        Input =
        [
            new ReadFiles(InputRules.Files, site.InputDirectory, AuthorFile.StaticFolder, "*", recursive: true, binary: true),
            new ReadFiles(InputRules.Files, site.InputDirectory, "guides", "*", recursive: true, binary: true) { Except = "*.md" },
            new DescribeAuthorFiles(site.InputDirectory, site.FingerprintsAssets),
            new CheckSiteImages(site.Config),
        ];
        Output = site.Writers;
    }
}
