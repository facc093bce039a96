using Mend.Site.Core;
using Mend.Site.Markdown;
using Mend.Site.Markdown.RawHtml;

namespace Mend.Site.Tests.Markdown;

/// <summary>The addresses and attributes <see cref="UnsafeHtml"/> refuses, as a browser would read them; the elements are in Specs/guides.</summary>
public sealed class UnsafeHtmlTests
{
    private static List<string> Problems(string markdown)
    {
        var document = Rendered.Document(markdown);
        var tags = RawHtmlTags.Of(document, markdown).ToList();
        return [.. UnsafeHtml.Find(document, tags, (line, column) => new SourceLocation("a.md", line, column)).Select(d => $"{d.Line}:{d.Column}")];
    }

    [Theory]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"javascript&colon;alert(1)\">x</a>")]
    [InlineData("<a href=\"\u0001 JAVASCRIPT:alert(1)\">x</a>")]
    [InlineData("<a href=\"java\nscript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:image/png;base64,AAAA\">an image as a page</a>")]
    [InlineData("<img srcset=\"a.png 1x, javascript:alert(1) 2x\" alt=\"\">")]
    [InlineData("<img srcset=\"data:image/png;base64,AA 1x, data:text/html,x 2x\" alt=\"\">")]
    [InlineData("<button formaction=\"javascript:alert(1)\">x</button>")]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>")]
    [InlineData("<div onmouseover=\"x()\">x</div>")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[x](https://example.org/){onclick=\"x()\"}")]
    public void IsRefused(string markdown)
    {
        Assert.Single(Problems(markdown));
    }

    [Theory]
    [InlineData("<a href=\"javascript.html\">a page named javascript</a>")]
    [InlineData("<a href=\"./javascript:alert(1)\">a relative address</a>")]
    [InlineData("<a href=\"#javascript:x\">an anchor</a>")]
    [InlineData("<a href=\"https://example.org/?next=javascript:x\">a query</a>")]
    [InlineData("<img src=\"data:image/svg+xml,%3Csvg%3E%3C/svg%3E\" alt=\"\">")]
    [InlineData("![an image](data:image/png;base64,AAAA)")]
    [InlineData("<p title=\"javascript:alert(1)\">just a title</p>")]
    [InlineData("```html\n<script>alert(1)</script>\n```")]
    [InlineData("`<script>` in code")]
    public void IsPublished(string markdown)
    {
        Assert.Empty(Problems(markdown));
    }
}
