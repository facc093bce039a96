using System.Text;
using System.Text.RegularExpressions;
using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Site.Core;

namespace Mend.Site.AuthorFiles;

/// <summary>
/// Author files a browser would run as code from the site's own address (error MEND208), which the raw HTML of a guide
/// may not hold either: a page or script (<c>.html</c>, <c>.js</c>), or an SVG with a script, an event handler, a
/// <c>javascript:</c> address, embedded HTML or animation (an SVG opened by itself runs them). An SVG shown as an image
/// never runs them, but a reader can open the file.
/// </summary>
public static partial class ActiveContent
{
    private static readonly string[] CodeExtensions = [".html", ".htm", ".xhtml", ".xht", ".js", ".mjs"];

    /// <summary>The problem with the author file at <paramref name="source"/>, or null when it is safe to publish.</summary>
    public static Diagnostic? Of(string source, string inputPath, ReadOnlySpan<byte> contents)
    {
        var extension = Path.GetExtension(inputPath).ToLowerInvariant();
        if (CodeExtensions.Contains(extension))
        {
            return Diagnostic.Error(ErrorCodes.UnsafeHtml,
                $"a {extension} file would run as a page or script of this site; write pages as guides, and link other sites' pages by their address",
                source);
        }
        if (extension != ".svg")
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(contents);
        if (SvgCode().Match(text) is not { Success: true } found)
        {
            return null;
        }
        var (line, column) = TextPositions.Of(text, found.Index);
        return Diagnostic.Error(ErrorCodes.UnsafeHtml,
            $"this SVG holds '{found.Value.Trim()}', which runs when the file is opened; save the drawing without scripts, event handlers, links to javascript:, embedded HTML or animation",
            source, line, column);
    }

    [GeneratedRegex(@"<\s*(script|foreignObject|iframe|embed|object|animate\w*|set|handler|listener)\b|(?<=\s)on[a-z]+\s*=|javascript\s*:|<!ENTITY",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SvgCode();
}
