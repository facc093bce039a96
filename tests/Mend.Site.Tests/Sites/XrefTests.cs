using Mend.Site.Core;
using Mend.Site.Markdown.LinkMarkers;

namespace Mend.Site.Tests.Sites;

public sealed class XrefTests
{
    private const string Beta = """
        ---
        title: Beta guide
        summary: The second guide.
        id: beta
        ---
        Intro.

        ## The details {#details}

        Text.

        ## An automatic heading

        More text.
        """;

    private static string Alpha(string body) => $"---\ntitle: Alpha\nsummary: The first guide.\n---\n{body}";

    [Fact]
    public async Task AnXrefBecomesALinkRelativeToThePage()
    {
        using var site = TestSite.With(("guides/alpha.md", Alpha("See [the beta guide](xref:beta).\n")), ("guides/b.md", Beta));

        await site.BuildCleanAsync();

        Assert.Equal([("../beta/", "the beta guide")], PageHtml.ArticleLinks(site.ReadOutput("guides/alpha/index.html")));
    }

    [Fact]
    public async Task AnXrefWithAnAnchorLinksToTheHeading()
    {
        using var site = TestSite.With(
            ("guides/alpha.md", Alpha("See [details](xref:beta#details) and [auto](xref:beta#an-automatic-heading).\n")),
            ("guides/b.md", Beta));

        await site.BuildCleanAsync();

        Assert.Equal(
            [("../beta/#details", "details"), ("../beta/#an-automatic-heading", "auto")],
            PageHtml.ArticleLinks(site.ReadOutput("guides/alpha/index.html")));
    }

    [Fact]
    public async Task AnXrefToThePageItselfWithAnAnchorStaysOnThePage()
    {
        using var site = TestSite.With(("guides/b.md", Beta + "\n\nBack to [the details](xref:beta#details).\n"));

        await site.BuildCleanAsync();

        Assert.Equal([("./#details", "the details")], PageHtml.ArticleLinks(site.ReadOutput("guides/beta/index.html")));
    }

    [Fact]
    public async Task AnEmptyXrefTextIsFilledWithTheTargetsTitle()
    {
        using var site = TestSite.With(("guides/alpha.md", Alpha("Read [](xref:beta).\n")), ("guides/b.md", Beta));

        await site.BuildCleanAsync();

        Assert.Equal([("../beta/", "Beta guide")], PageHtml.ArticleLinks(site.ReadOutput("guides/alpha/index.html")));
    }

    [Fact]
    public async Task AnEmptyXrefTextWithAnAnchorIsFilledWithTheHeadingsText()
    {
        using var site = TestSite.With(
            ("guides/alpha.md", Alpha("Read [](xref:beta#details) and [](xref:beta#an-automatic-heading).\n")),
            ("guides/b.md", Beta));

        await site.BuildCleanAsync();

        Assert.Equal(
            [("../beta/#details", "The details"), ("../beta/#an-automatic-heading", "An automatic heading")],
            PageHtml.ArticleLinks(site.ReadOutput("guides/alpha/index.html")));
    }

    [Fact]
    public async Task TheSourcePositionMarkerIsNotLeftInThePage()
    {
        using var site = TestSite.With(("guides/alpha.md", Alpha("[](xref:beta) [x](b.md)\n")), ("guides/b.md", Beta));

        await site.BuildCleanAsync();

        Assert.DoesNotContain(LinkMarkerExtension.Attribute, site.ReadOutput("guides/alpha/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownXrefIsAnErrorAtTheLinksLineAndColumn()
    {
        var text = Alpha("An intro line.\n\nSome words, then [a link](xref:nowhere) in the middle.\n");
        using var site = TestSite.With(("guides/alpha.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[a link]");
        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownXref, site.PathOf("guides/alpha.md"), line, column);
        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
        Assert.False(report.Succeeded);
    }

    [Fact]
    public async Task AnUnknownXrefOnTheSecondLineOfAParagraphIsReportedOnThatLine()
    {
        var text = Alpha("The first line of a paragraph\nand the second with [](xref:missing-one) in it.\n");
        using var site = TestSite.With(("guides/alpha.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[](xref:missing-one)");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownXref, site.PathOf("guides/alpha.md"), line, column);
    }

    [Fact]
    public async Task AnUnknownXrefInsideANestedListIsReportedAtItsOwnColumn()
    {
        var text = Alpha("- one\n  - two, see **[this](xref:gone)**\n");
        using var site = TestSite.With(("guides/alpha.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[this]");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownXref, site.PathOf("guides/alpha.md"), line, column);
    }

    [Fact]
    public async Task AnUnknownXrefInATableCellIsReportedAtItsOwnColumn()
    {
        var text = Alpha("| Step | Read |\n| ---- | ---- |\n| One  | [here](xref:absent) |\n");
        using var site = TestSite.With(("guides/alpha.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[here]");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownXref, site.PathOf("guides/alpha.md"), line, column);
    }

    [Fact]
    public async Task AnUnknownXrefInABlockQuoteIsReportedAtItsOwnColumn()
    {
        var text = Alpha("> Quoted text\n> with [a link](xref:absent) inside.\n");
        using var site = TestSite.With(("guides/alpha.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[a link]");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownXref, site.PathOf("guides/alpha.md"), line, column);
    }

    [Fact]
    public async Task EveryUnknownXrefOfAPageIsReported()
    {
        var text = Alpha("[a](xref:one)\n\n[b](xref:two)\n");
        using var site = TestSite.With(("guides/alpha.md", text));

        var report = await site.BuildAsync();

        Assert.Equal(
            [TextPosition.Of(text, "[a]"), TextPosition.Of(text, "[b]")],
            report.Diagnostics.Where(d => d.Code == ErrorCodes.UnknownXref).Select(d => (d.Line, d.Column)).Order());
    }

    [Fact]
    public async Task AnXrefToAnUnknownAnchorIsAnErrorAtTheLink()
    {
        var text = Alpha("See [the part](xref:beta#nope).\n");
        using var site = TestSite.With(("guides/alpha.md", text), ("guides/b.md", Beta));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[the part]");
        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownAnchor, site.PathOf("guides/alpha.md"), line, column);
        Assert.Contains("#nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoGuidesWithTheSameIdReportTheSecondAndNameTheFirst()
    {
        const string first = "---\ntitle: One\nsummary: S\nid: same\n---\n";
        const string second = "---\ntitle: Two\nsummary: S\norder: 1\nid: same\n---\n";
        using var site = TestSite.With(("guides/a.md", first), ("guides/b.md", second));

        var report = await site.BuildAsync();

        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf("guides/b.md"), 5, 5);
        Assert.Contains($"{site.PathOf("guides/a.md")}:4:5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuideWhoseFileNameIsAnotherGuidesIdIsADuplicate()
    {
        using var site = TestSite.With(("guides/a.md", "---\ntitle: One\nsummary: S\nid: b\n---\n"), ("guides/b.md", GuideText.Of("Two")));

        var report = await site.BuildAsync();

        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf("guides/b.md"), 1, 1);
        Assert.Contains($"{site.PathOf("guides/a.md")}:4:5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFrontMatterErrorFailsTheWholeBuildAtItsPlace()
    {
        using var site = TestSite.With(("guides/a.md", "---\ntitle: A\nsummary: S\ntgas: [x]\n---\n"), ("guides/b.md", Beta));

        var report = await site.BuildAsync();

        Diagnostics.Only(report.Diagnostics, ErrorCodes.UnknownKey, site.PathOf("guides/a.md"), 4, 1);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task AnUnclosedListInFrontMatterFailsTheBuildWithASyntaxErrorInThatGuide()
    {
        using var site = TestSite.With(("guides/a.md", "---\ntitle: A\nsummary: S\ntags: [a, b\nid: x\n---\n"));

        var report = await site.BuildAsync();

        var error = Assert.Single(report.Diagnostics);
        Assert.Equal((ErrorCodes.YamlSyntax, site.PathOf("guides/a.md")), (error.Code, error.File));
    }
}
