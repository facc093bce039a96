using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;

namespace Mend.Site.AuthorFiles;

/// <summary>
/// Checks that the social image and each favicon <c>site.yml</c> names is an author file that could be measured as an
/// image (the head of every page gives their sizes), each problem at its value in <c>site.yml</c>.
/// </summary>
public sealed class CheckSiteImages(SiteConfig site) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var files = inputs.Where(d => d.Has<AuthorFile>()).Select(d => d.Get<AuthorFile>())
            .ToDictionary(file => file.InputPath, StringComparer.Ordinal);
        foreach (var path in new[] { site.SocialImage }.OfType<Located<string>>().Concat(site.Favicons))
        {
            if (!files.TryGetValue(path.Value, out var file))
            {
                context.Report(path.Location.Error(ErrorCodes.MissingLinkedFile,
                    $"'{OneLine.Of(path.Value)}': there is no such file in the input folder"));
            }
            else if (file.Size is null)
            {
                context.Report(path.Location.Error(ErrorCodes.InvalidValue,
                    $"'{OneLine.Of(path.Value)}' is not an image whose size can be read: use a PNG, JPEG, GIF, WebP, ICO or an SVG with a width and height or a viewBox"));
            }
        }
        return inputs;
    }
}
