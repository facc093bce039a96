using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Pipeline.Modules;
using Mend.Site.Config;
using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site.Checks;

/// <summary>
/// Files in the input folder that nothing reads, such as a catalog saved as <c>.yaml</c> or a guide in a folder of
/// its own: a warning each, since the author surely meant them to be part of the site. What is read is what the
/// pipelines' <see cref="ReadFiles"/> modules read, site.yml, and theme overrides under <c>_theme/</c>; hidden files
/// (<c>.gitkeep</c>, an editor's <c>.swp</c>), backups (<c>x.md~</c>) and READMEs (notes for the authors) are left alone.
/// </summary>
public static class UnreadInputs
{
    public static IEnumerable<Diagnostic> Find(string inputDirectory, IEnumerable<Mend.Pipeline.Pipeline> pipelines)
    {
        var readers = pipelines.SelectMany(p => p.Input).OfType<ReadFiles>().ToList();
        // Folders that cannot be listed or links that lead out are reported by the reader that would read them.
        return SourceTree.List(inputDirectory, "", "*", recursive: true).Files
            .Where(relative => !Path.GetFileName(relative).StartsWith("README", StringComparison.OrdinalIgnoreCase)
                && relative != SiteConfigReader.FileName
                && !relative.StartsWith(ThemeFiles.OverrideFolder + "/", StringComparison.Ordinal)
                && !readers.Exists(reader => reader.Reads(relative)))
            .Select(relative => Diagnostic.Warning(ErrorCodes.UnreadInput,
                $"nothing reads this file: guides are guides/*.md, catalogs catalogs/*.yml, self-assessments assessments/*.yml, the apology checks apology-checks.yml, images and other files for the pages under {AuthorFile.StaticFolder}/, theme files under {ThemeFiles.OverrideFolder}/",
                Path.Join(inputDirectory, relative).Replace('\\', '/')));
    }
}
