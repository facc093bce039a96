using AngleSharp.Dom;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Guides;
using Mend.Site.Html;
using Mend.Site.Xrefs;
using Document = Mend.Pipeline.Document;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Guides;

/// <summary>Where the lists go in a page's HTML; how they look on a built page is in <see cref="BacklinkTests"/>.</summary>
public sealed class AddBacklinksTests
{
    private const string Html = "<p>Intro.</p><h2 id=\"apologize\">Say sorry</h2><p>Text.</p><h2 id=\"listen\">Listen</h2><p>More.</p>";

    private static Document Citing(string id, string title, params string[] references) =>
        IdPage(PageKind.Rupture, id, title, $"/ruptures/{id}/", "input/catalogs/ruptures.yml").With(new Citations([.. references]));

    private static async Task<IReadOnlyList<Document>> Run(Dictionary<string, IReadOnlyList<Document>> read, params Document[] guides) =>
        await new EditGuideHtml(new AddBacklinks(Urls, Strings.EnglishStrings.Value, "Ruptures", "Challenges")).ExecuteAsync(guides, new FakeContext(Pipelines(), read));

    /// <summary>Each top-level element of the HTML: the id of a heading, the summary of a list, or the text of anything else.</summary>
    private static List<string> Outline(string html)
    {
        var outline = new List<string>();
        HtmlFragments.Edit(html, container => outline.AddRange(container.Children.Select(Describe)));
        return outline;

        static string Describe(IElement e) => e.LocalName switch
        {
            "h2" => "#" + e.Id,
            "details" => $"{e.QuerySelector("summary")!.TextContent}: "
                + string.Join(", ", e.QuerySelectorAll("a").Select(a => $"{a.TextContent} {a.GetAttribute("href")}")),
            _ => e.TextContent,
        };
    }

    [Fact]
    public async Task ASectionsListGoesBeforeTheNextHeadingAndAWholePageCitationAtTheEnd()
    {
        var read = Pipelines(
            ("Ruptures", [Citing("late", "Late for dinner", "steps"), Citing("forgot", "Forgot to reply", "steps#apologize")]),
            ("Challenges", []));

        var outputs = await Run(read, GuidePage("steps", "Steps", html: Html));

        Assert.Equal(
            [
                "Intro.", "#apologize", "Text.",
                "See this step in practice (1 example): Forgot to reply ../../ruptures/forgot/",
                "#listen", "More.",
                "See this guide in practice (1 example): Late for dinner ../../ruptures/late/",
            ],
            Outline(Assert.Single(outputs).Content));
    }

    [Fact]
    public async Task CitationsComeFromEveryCitingPipelineAndAPageCitingTwiceIsListedOnce()
    {
        var read = Pipelines(
            ("Ruptures", [Citing("late", "Late for dinner", "steps#apologize", "steps#apologize"), IdPage(PageKind.Rupture, "none", "None", "/ruptures/none/", "x")]),
            ("Challenges", [Citing("defensiveness", "Defensiveness", "steps#apologize")]),
            ("Other", [Citing("ignored", "Ignored", "steps#apologize")]));

        var outputs = await Run(read, GuidePage("steps", "Steps", html: Html));

        Assert.Contains(
            "See this step in practice (2 examples): Defensiveness ../../ruptures/defensiveness/, Late for dinner ../../ruptures/late/",
            Outline(Assert.Single(outputs).Content));
    }

    [Fact]
    public async Task AGuideNobodyCitesIsLeftAsItWas()
    {
        var read = Pipelines(("Ruptures", [Citing("late", "Late for dinner", "steps#apologize")]), ("Challenges", []));
        var other = GuidePage("other", "Other", html: Html);

        var outputs = await Run(read, other);

        Assert.Same(other.Content, Assert.Single(outputs).Content);
    }

    // Finding where a section ends went from sibling to sibling, each found by searching the parent's children from
    // the start, which took minutes here; how the time grows with a guide's size is measured by bench/run --guide-sizes.
    [Fact]
    public async Task ASectionOfHundredsOfThousandsOfParagraphsGetsItsListWithoutHanging()
    {
        var read = Pipelines(("Ruptures", [Citing("late", "Late for dinner", "steps#apologize")]), ("Challenges", []));
        var html = "<h2 id=\"apologize\">Say sorry</h2>" + string.Concat(Enumerable.Repeat("<p>a</p>", 400_000)) + "<h2 id=\"listen\">Listen</h2>";

        var outputs = await Task.Run(() => Run(read, GuidePage("steps", "Steps", html: html)), TestContext.Current.CancellationToken);

        var outline = Outline(Assert.Single(outputs).Content);
        Assert.Equal("See this step in practice (1 example): Late for dinner ../../ruptures/late/", outline[^2]);
    }
}
