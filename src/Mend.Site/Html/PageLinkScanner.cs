namespace Mend.Site.Html;

/// <summary>
/// A fast reader of the start tags of a page, for <see cref="PageLinks"/>: the build checks every page it writes,
/// and a page is mostly markup the site's own templates and Markdown wrote, so the full HTML tokenizer does far more
/// than that needs. It reads the plain cases of the HTML syntax (start and end tags with quoted, unquoted or bare
/// attributes; comments; a doctype; script, style and other raw-text elements; the five entities the site writes)
/// and gives up, returning false, on anything else, so that the caller reads that page with the full tokenizer.
/// </summary>
public static class PageLinkScanner
{
    /// <summary>Calls <paramref name="onStartTag"/> with each start tag's lower-case name and its attributes (lower-case names, decoded values, the first of a repeated name); false when the page needs the full tokenizer.</summary>
    public static bool TryRead(string html, Action<string, IReadOnlyList<(string Name, string Value)>> onStartTag)
    {
        if (html.Contains('\0') || html.Contains('\r'))
        {
            return false;
        }
        var attributes = new List<(string Name, string Value)>();
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (char.IsAsciiLetter(next))
            {
                if (!StartTag(html, at, attributes, out var name, out at))
                {
                    return false;
                }
                onStartTag(name, attributes);
                if (RawTextEnd(html, name, at) is not { } end)
                {
                    return false;
                }
                at = end;
            }
            else if (next == '/')
            {
                // An end tag: nothing to read, but it must end plainly.
                if (at + 2 >= html.Length || !char.IsAsciiLetter(html[at + 2]) || PlainUntil(html, at, '>') is not { } close)
                {
                    return false;
                }
                at = close + 1;
            }
            else if (next == '!')
            {
                if (Comment(html, at) is not { } close)
                {
                    return false;
                }
                at = close;
            }
            else if (next == '?')
            {
                return false;
            }
            else
            {
                at++; // a '<' in text
            }
        }
        return true;
    }

    private static bool StartTag(string html, int at, List<(string Name, string Value)> attributes, out string name, out int end)
    {
        attributes.Clear();
        end = -1;
        var i = at + 1;
        var start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }
        name = html[start..i].ToLowerInvariant();
        if (!IsPlainName(name))
        {
            return false;
        }
        while (true)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }
            if (i >= html.Length)
            {
                return false;
            }
            if (html[i] == '>')
            {
                end = i + 1;
                return true;
            }
            start = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }
            var attribute = html[start..i].ToLowerInvariant();
            if (!IsPlainName(attribute))
            {
                return false;
            }
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }
                if (i >= html.Length || html[i] == '>')
                {
                    return false;
                }
                if (html[i] is '"' or '\'')
                {
                    var close = html.IndexOf(html[i], i + 1);
                    if (close < 0)
                    {
                        return false;
                    }
                    value = html[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    start = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                    {
                        if (html[i] is '"' or '\'' or '<' or '=' or '`')
                        {
                            return false;
                        }
                        i++;
                    }
                    value = html[start..i];
                }
                if (Decode(value) is not { } decoded)
                {
                    return false;
                }
                value = decoded;
            }
            if (!attributes.Exists(a => a.Name == attribute))
            {
                attributes.Add((attribute, value));
            }
        }
    }

    /// <summary>Where reading goes on after a start tag: past the text of a raw-text element, which is not markup.</summary>
    private static int? RawTextEnd(string html, string name, int at)
    {
        if (name is not ("script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "textarea" or "title"))
        {
            return name == "plaintext" ? null : at;
        }
        if (html[at - 2] == '/')
        {
            return null; // <script/> in SVG starts no script text; the tokenizer knows where it is.
        }
        var close = "</" + name;
        for (var i = html.IndexOf(close, at, StringComparison.OrdinalIgnoreCase); i >= 0;
             i = html.IndexOf(close, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = i + close.Length;
            if (after < html.Length && (IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                // A script that writes comments or nested script tags has escape rules of its own.
                return name == "script" && html.AsSpan(at, i - at).Contains("<!--", StringComparison.Ordinal) ? null : i;
            }
        }
        return null;
    }

    /// <summary>The end of a comment or a doctype that starts at <paramref name="at"/>, or null when it is not a plain one.</summary>
    private static int? Comment(string html, int at)
    {
        if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
        {
            var body = at + 4;
            var close = html.IndexOf("-->", body, StringComparison.Ordinal);
            // "<!-->" and "<!--->" end at once, and "--!>" ends a comment too: leave those to the tokenizer.
            if (close < 0 || close < body + 1 || html.AsSpan(body, close - body).Contains("--!", StringComparison.Ordinal))
            {
                return null;
            }
            return close + 3;
        }
        return html.AsSpan(at).StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) && PlainUntil(html, at, '>') is { } end
            ? end + 1
            : null;
    }

    /// <summary>The index of the next <paramref name="stop"/> after <paramref name="at"/>, or null if a quote comes first.</summary>
    private static int? PlainUntil(string html, int at, char stop)
    {
        var end = html.IndexOf(stop, at);
        return end >= 0 && html.AsSpan(at, end - at).IndexOfAny('"', '\'') < 0 ? end : null;
    }

    /// <summary>An attribute value with the site's entities decoded, or null if it holds any other character reference.</summary>
    private static string? Decode(string value)
    {
        if (!value.Contains('&'))
        {
            return value;
        }
        var text = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '&')
            {
                text.Append(value[i]);
                continue;
            }
            var rest = value.AsSpan(i);
            var (entity, character) = rest.StartsWith("&amp;") ? ("&amp;", '&')
                : rest.StartsWith("&quot;") ? ("&quot;", '"')
                : rest.StartsWith("&#39;") ? ("&#39;", '\'')
                : rest.StartsWith("&lt;") ? ("&lt;", '<')
                : rest.StartsWith("&gt;") ? ("&gt;", '>')
                : ("", '\0');
            if (entity.Length == 0)
            {
                return null;
            }
            text.Append(character);
            i += entity.Length - 1;
        }
        return text.ToString();
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.AsSpan().IndexOfAnyExcept(PlainNameCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> PlainNameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_:.");

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';
}
