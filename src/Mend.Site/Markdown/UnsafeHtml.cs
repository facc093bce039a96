using AngleSharp.Html.Parser;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;
using Mend.Site.Markdown.RawHtml;

namespace Mend.Site.Markdown;

/// <summary>
/// What a page's text may not write (error MEND208), whether as raw HTML, as a Markdown link or image, or as an
/// attribute in <c>{...}</c>: a script, another page or a plugin shown inside the page, a form, a <c>base</c> or
/// <c>meta</c> element, an event handler attribute (<c>on...</c>), and an address that runs a script
/// (<c>javascript:</c>, <c>vbscript:</c>) or holds a document (<c>data:</c>, except an image's). A block of raw HTML
/// that leaves a tag or comment open at its end is refused too: in the browser, what follows would become part of it
/// (a later quote could end an attribute and start an <c>onclick</c>). The theme is not checked: it is the site's own
/// code. Other raw HTML is published as written.
/// </summary>
public static class UnsafeHtml
{
    private static readonly Dictionary<string, string> RefusedElements = new(StringComparer.Ordinal)
    {
        ["script"] = "scripts come only from the site's theme",
        ["iframe"] = "a page may not show another page inside it; link to it instead",
        ["frame"] = "a page may not show another page inside it; link to it instead",
        ["frameset"] = "a page may not show another page inside it; link to it instead",
        ["object"] = "a page may not embed a plugin or another document; link to it instead",
        ["embed"] = "a page may not embed a plugin or another document; link to it instead",
        ["applet"] = "a page may not embed a plugin or another document; link to it instead",
        ["base"] = "it would change where every link of the page points",
        ["meta"] = "it could send the reader to another page or change the page's security rules",
        ["form"] = "the site has nowhere to send what a reader types, and a form could send it to another site",
        ["set"] = "it can turn a link into a script",
        ["animate"] = "it can turn a link into a script",
    };

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 33).Select(c => (char)c)];

    private static readonly HashSet<string> ImageElements = new(StringComparer.Ordinal) { "img", "source" };

    /// <summary>Each thing <paramref name="document"/> may not write, reported where <paramref name="locate"/> says it was written.</summary>
    /// <param name="document">The parsed Markdown.</param>
    /// <param name="tags">Its raw HTML (<see cref="RawHtmlTags"/>).</param>
    /// <param name="locate">Where a line and column of the Markdown are in its source file.</param>
    public static IEnumerable<Diagnostic> Find(
        MarkdownDocument document, IEnumerable<RawHtmlTag> tags, Func<int, int, SourceLocation> locate)
    {
        foreach (var tag in tags.Where(tag => !tag.IsEnd))
        {
            if (RefusedElements.TryGetValue(tag.Name, out var reason))
            {
                yield return Error(locate(tag.Line, tag.Column), $"raw HTML <{tag.Name}> is not allowed in a page's text: {reason}");
            }
            foreach (var attribute in tag.Attributes)
            {
                if (Problem(attribute.Name, attribute.Value, ImageElements.Contains(tag.Name)) is { } problem)
                {
                    yield return Error(locate(attribute.Line, attribute.Column), problem);
                }
            }
        }

        // Inline raw HTML is always a whole tag; a block of it may end anywhere.
        foreach (var block in document.Descendants<HtmlBlock>().Where(block => !EndsClosed(block.Lines.ToString())))
        {
            yield return Error(locate(block.Line + 1, block.Column + 1),
                "this raw HTML leaves a tag, a quote or a comment open at its end, so what follows would become part of it; close it");
        }

        foreach (var node in document.Descendants())
        {
            var address = node switch
            {
                LinkInline link => Problem(link.IsImage ? "src" : "href", link.Url ?? "", link.IsImage),
                AutolinkInline autolink => Problem("href", autolink.Url, isImage: false),
                _ => null,
            };
            if (address is not null)
            {
                yield return Error(locate(node.Line + 1, node.Column + 1), address);
            }
            foreach (var (name, value) in node.TryGetAttributes()?.Properties ?? [])
            {
                if (Problem(name.ToLowerInvariant(), value ?? "", isImage: false) is { } problem)
                {
                    yield return Error(locate(node.Line + 1, node.Column + 1), problem);
                }
            }
        }
    }

    // A tag written just after the HTML is read as a tag only if nothing is left open before it.
    private static bool EndsClosed(string html) =>
        HtmlTags.Of(html + "\n<mend-end>").Select(tag => tag is { Type: HtmlTokenType.StartTag, Name: "mend-end" }).LastOrDefault();

    private static string? Problem(string attribute, string value, bool isImage)
    {
        if (attribute.StartsWith("on", StringComparison.Ordinal))
        {
            return $"the attribute '{attribute}' runs a script, which a page's text may not do; remove it";
        }
        // An address without a colon has no scheme: it is a path or an anchor (most addresses, so they are let go first).
        if (!UrlAttributes.Names.Contains(attribute) || !value.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }
        // As a browser reads an address: control characters and spaces around it, and tabs and line breaks in it, do
        // not count, nor does case.
        var url = string.Concat(value.Trim(ControlsAndSpace).Where(c => c is not ('\t' or '\n' or '\r'))).ToLowerInvariant();
        var schemes = Schemes(url, attribute).ToList();
        if (schemes.Any(scheme => scheme is "javascript" or "vbscript"))
        {
            return $"the address '{Short(value)}' would run a script, which a page's text may not do; "
                + "link to a page of the site or to a web address instead";
        }
        if (schemes.Contains("data") && !(isImage && attribute is "src" or "srcset" && DataIsImage(url)))
        {
            return $"the address '{Short(value)}' holds a whole document, which could run a script; "
                + "only an image may be written as a data: address";
        }
        return null;
    }

    // The schemes of an address, or of each address of a srcset (a list of "address width" separated by commas).
    private static IEnumerable<string> Schemes(string url, string attribute) =>
        (attribute == "srcset" ? url.Split(',').Select(candidate => candidate.Trim().Split(' ')[0]) : [url])
            .Select(Scheme)
            .OfType<string>();

    private static string? Scheme(string url)
    {
        var end = url.IndexOfAny([':', '/', '?', '#']);
        return end > 0 && url[end] == ':' ? url[..end] : null;
    }

    // Every data: address is an image's (a srcset may hold several, and each has a comma of its own).
    private static bool DataIsImage(string url) =>
        url.Split("data:").Skip(1).All(rest => rest.StartsWith("image/", StringComparison.Ordinal));

    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static Diagnostic Error(SourceLocation at, string message) => at.Error(ErrorCodes.UnsafeHtml, message);
}
