using AngleSharp.Dom;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Guides;
using Mend.Site.Html;
using Mend.Site.Markdown;
using Mend.Site.Search;
using Mend.Site.Xrefs;
using Document = Mend.Pipeline.Document;
using static Mend.Site.Tests.InMemory;
using Mend.Site.Tests.Markdown;

namespace Mend.Site.Tests.Guides;

/// <summary>The one parse of each guide's HTML in Process; what each edit does is in its own tests.</summary>
public sealed class EditGuideHtmlTests
{
    /// <summary>Appends a paragraph to the guides it is given the ids of, and counts how often it is readied.</summary>
    private sealed class AppendParagraph(string text, params string[] ids) : IHtmlEdit
    {
        public int Prepared { get; private set; }

        public PreparedEdit Prepare(IReadOnlyList<Document> documents, IExecutionContext context)
        {
            Prepared++;
            return new PreparedEdit(text, document => ids.Contains(document.Get<Page>().Id)
                ? (container, _) => container.AppendChild(container.Owner!.CreateElement("p")).TextContent = text
                : null);
        }
    }

    private static async Task<IReadOnlyList<Document>> Run(FakeContext context, IHtmlEdit[] edits, params Document[] guides) =>
        await new EditGuideHtml(edits).ExecuteAsync(guides, context);

    [Fact]
    public async Task TheEditsThatApplyAreMadeInOrderAndEachIsReadiedOncePerRun()
    {
        var (first, second) = (new AppendParagraph("First.", "a", "b"), new AppendParagraph("Second.", "b"));

        var outputs = await Run(new FakeContext(), [first, second],
            GuidePage("a", "A", html: "<p>A.</p>"), GuidePage("b", "B", html: "<p>B.</p>"), GuidePage("c", "C", html: "<p>C.</p>"));

        Assert.Equal(["<p>A.</p><p>First.</p>", "<p>B.</p><p>First.</p><p>Second.</p>", "<p>C.</p>"], outputs.Select(d => d.Content));
        Assert.Equal((1, 1), (first.Prepared, second.Prepared));
    }

    [Fact]
    public async Task AGuideNoEditAppliesToKeepsItsHtmlAsMarkdownRenderedItAndStillHasItsSections()
    {
        // Written back, the parsed tree would close the paragraphs: "<p>One.</p><h2 ...".
        var guide = GuidePage("a", "A", html: "<p>One.\n<h2 id=\"b\">B</h2><p>Two.");

        var output = Assert.Single(await Run(new FakeContext(), [new AppendParagraph("Never.")], guide));

        Assert.Same(guide.Content, output.Content);
        Assert.Equal(
            [new SearchSection("", "", "One."), new SearchSection("b", "B", "Two.")],
            output.Get<SearchSections>().Sections);
    }

    [Fact]
    public async Task TheSectionsAreReadFromTheEditedTreeWithLinkTextFilledInAndBacklinksLeftOut()
    {
        var steps = Steps().WithContent(Rendered.Html("Intro.\n\n## Say sorry {#apologize}\n\nSee [](xref:steps).\n"));
        var citing = IdPage(PageKind.Rupture, "late", "Late for dinner", "/ruptures/late/", "input/catalogs/ruptures.yml")
            .With(new Citations(["steps#apologize"]));
        var context = new FakeContext(Pipelines(RegistryOutput(await RegistryOf(steps))), Pipelines(("Ruptures", [citing])));

        var output = Assert.Single(await Run(context, [new ResolveXrefs(Urls), new AddBacklinks(Urls, Strings.EnglishStrings.Value, "Ruptures")], steps));

        Assert.Empty(context.Diagnostics);
        Assert.Contains("<a href=\"./\">Steps</a>", output.Content, StringComparison.Ordinal);
        Assert.Contains("See this step in practice (1 example)", output.Content, StringComparison.Ordinal);
        Assert.Equal(
            [new SearchSection("", "", "Intro."), new SearchSection("apologize", "Say sorry", "See Steps.")],
            output.Get<SearchSections>().Sections);
    }
}
