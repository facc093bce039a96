using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mend.Site.Tests.Sites;

/// <summary>Reads built pages with AngleSharp, independently of the site's own HTML handling.</summary>
public static class PageHtml
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The links in a guide's article (its rendered Markdown), as (href, text).</summary>
    public static List<(string Href, string Text)> ArticleLinks(string html) =>
        [.. Parse(html).QuerySelectorAll("article.guide a").Select(a => (a.GetAttribute("href") ?? "", a.TextContent))];
}
