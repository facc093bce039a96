namespace Mend.Site.Tests.Fuzz;

/// <summary>Pieces of YAML and Markdown that parsers treat specially, for the mutator to put where they do harm.</summary>
public static class FuzzTokens
{
    /// <summary>Inserted anywhere in a YAML line.</summary>
    public static readonly string[] YamlInline =
    [
        "&a ", "*a", "? ", "[", "]", "{", "}", "---", "...", "!!str ", "!!int ", "!!float ", "!!binary ", "!!map ", "!!seq ",
        "!local ", "\t", ": ", ":", " #", "# ", "|", "|-", ">-", "'", "\"", ",", "- ", "<<: *a", "%YAML 1.2", "@", "`",
        "\\", "\\u0000", "\\x", "~", "\r", "\u00a0", "\ufeff",
    ];

    /// <summary>A value in place of whatever followed <c>key: </c>; a value with a line break is indented to stay in its key.</summary>
    public static readonly string[] YamlValues =
    [
        "NaN", ".nan", ".NaN", ".inf", "-.inf", "+.inf", "1e999", "-1e999", "4.9e-324", "99999999999999999999999", "-2147483649",
        "2147483648", "0x7fffffff", "0o17", "1_000", "-0", "3.5", "-1", "0", "", "''", "\"\"", "~", "null", "true", "no",
        "\"id\\n\"", "\"a\\u0000b\"", "\"\\u202e\"", "\"\\ud800\"", "|\nforgot-to-reply", "|+\nx\n", ">\nfolded\nvalue",
        "\"a\\\"b\"", "'it''s'", "😀 café ﬁ e\u0301", "\u200b", "\u2028", "\u0001", "\u0008", "\u001b", "\u007f", "\u0085",
        "\u000c", "\ud83d", "[]", "{}", "[a, [b]]", "{a: b}", "[listening#reflect, listening#reflect]", "*a", "&a value",
        "!!binary aGVsbG8=", "!!timestamp 2001-12-14", "2026-02-30", "0000-00-00", "9999-12-31", "2026-11-23T10:00:00Z",
        "xref:nope", "nope#nope", "listening#nope", "../x.md", "#", "\"<script>alert(1)</script>\"", "'<b>bold</b>'",
        "UPPER-Case", "a b", "-", "a--b", "-a", "tags", "index", "search", "guides", "404", "..", "a/b", "\"\\t\"",
    ];

    /// <summary>Keys a mapping in the content format may have, to rename one key to another.</summary>
    public static readonly string[] YamlKeys =
    [
        "title", "description", "base_url", "language", "theme", "support_note", "id", "summary", "order", "tags",
        "updated", "quick_exit", "kind", "severities", "entries", "severity", "relationships", "scenario", "impact",
        "repair", "say", "do", "steps", "related", "what_it_is", "why_it_hurts", "example", "says", "how_to_overcome",
        "text", "better_response", "intro", "scale", "value", "label", "dimensions", "bands", "max", "links",
        "questions", "dimension", "reverse", "unknown_key", "Title", "<<",
    ];

    /// <summary>Whole lines of YAML to insert.</summary>
    public static readonly string[] YamlLines =
    [
        "---", "...", "- ", "-", "? key", ": value", "key: value", "title: Second title", "id: forgot-to-reply",
        "a: &a [x, y]", "b: *a", "<<: *a", "%YAML 1.2", "%TAG ! tag:x,2000:", "!!map", "# comment", "\t", "  ", "",
        "- &a {id: x}", "- *a", "[", "{", "tags: [a, [b]]", "order: 1e999", "max: .nan", "value: .inf",
    ];

    /// <summary>Inserted anywhere in a Markdown line.</summary>
    public static readonly string[] MarkdownInline =
    [
        "> ", "- ", "* ", "+ ", "1. ", "[x] ", "[ ] ", "<script>", "</script>", "<a href=\"", "<a href=\"nope.html\">x</a>",
        "[](xref:", "[](xref:nope)", "[](xref:listening#nope)", "[](xref:tag:nope)", "[x](nope.md)",
        "[x](listening.md#nope)", "[](", "](", "![", "`", "```", "**", "_", "~~", "{#", "{#x}", "{.", "}", "[^", "[^quiet]",
        "<!--", "-->", "<div>", "</div>", "&amp;", "&#0;", "&#xD800;", "\\", "|", "#", "<", ">", "javascript:", "http://",
        "<https://x.test>", "$", "==", "++", "^^", "\t", "\r", "\u0000", "\u0007", "\u001f", "\u2028", "\ufffe", "😀",
        "e\u0301", "\u202e",
    ];

    /// <summary>Whole lines of Markdown to insert.</summary>
    public static readonly string[] MarkdownLines =
    [
        "# Heading", "## Reflect again {#reflect}", "## {#}", "## Title {#UPPER}", "###### six", "####### seven", "```",
        "```js", "~~~", "    code", "<script>alert(1)</script>", "<style>body{}</style>", "<iframe src=\"https://evil.test\"></iframe>",
        "<img src=\"https://third.party/x.png\">", "<a href=\"../nowhere/\">x</a>", "<a href=\"#nope\">x</a>",
        "<a href=\"javascript:alert(1)\">x</a>", "[](xref:nope)", "[](xref:tag:nope)", "[](xref:tag:listening)",
        "[](xref:forgot-to-reply)", "[](xref:quick-check)", "- [x] done", "| a | b |", "|---|---|", "[^n]: note",
        "[ref]: https://x.test", "---", "***", "> quote", "<!-- unclosed", "<div markdown=\"1\">", "{.class}",
        "Term", ": definition", "$$", "![img](missing.png)", "[link](getting-started.md#nope)", "[link](../../etc/passwd)",
        "[link](/absolute/)", "[link](notes.md)", "<details><summary>x</summary>", "\u0000", "",
    ];

    /// <summary>Bytes that are never valid UTF-8, or not where they stand.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0xC3], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ];
}
