using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Guides;

namespace Mend.Site.Tests.Guides;

public sealed class RenderMarkdownTests
{
    private const string Source = "input/guides/a.md";

    private static async Task<(Document Output, List<Diagnostic> Diagnostics)> Render(string markdown)
    {
        var (outputs, diagnostics) = await RenderAll(markdown);
        return (Assert.Single(outputs), diagnostics);
    }

    private static async Task<(IReadOnlyList<Document> Outputs, List<Diagnostic> Diagnostics)> RenderAll(string markdown)
    {
        var context = new FakeContext();
        var page = PageDocument.Create(new Page(PageKind.Guide, "A", "About A.", "/guides/a/", "guide"), Source).WithContent(markdown);
        var outputs = await new RenderMarkdown().ExecuteAsync([page], context);
        return (outputs, context.Diagnostics);
    }

    [Fact]
    public async Task TheHeadingsOfAPageAreRecordedWithTheirIds()
    {
        var (output, diagnostics) = await Render("## One {#first}\n\n## Two\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["first", "two"], output.Get<Page>().Headings.Select(h => h.Id));
        Assert.Contains("<h2 id=\"first\">", output.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoHeadingsWithTheSameExplicitIdAreAnErrorAtTheSecond()
    {
        const string markdown = "\n\n## First {#same}\n\nText.\n\n### Second {#same}\n";

        var (_, diagnostics) = await Render(markdown);

        var (line, column) = TextPosition.Of(markdown, "### Second");
        var error = Diagnostics.Only(diagnostics, ErrorCodes.DuplicateId, Source, line, column);
        Assert.Contains("#same", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedHeadingTextWithoutExplicitIdsIsNotAnError()
    {
        var (output, diagnostics) = await Render("## Notes\n\n## Notes\n");

        Assert.Empty(diagnostics);
        Assert.Equal(2, output.Get<Page>().Headings.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public async Task AnAutomaticIdNeverRepeatsAnExplicitIdOnThePage()
    {
        var (output, diagnostics) = await Render("## Details\n\n## More {#details}\n");

        var ids = output.Get<Page>().Headings.Select(h => h.Id).ToList();
        Assert.True(diagnostics.Count > 0 || ids.Distinct().Count() == ids.Count,
            $"two headings share an id without an error: {string.Join(", ", ids)}");
    }

    [Theory]
    [InlineData(65)]
    [InlineData(10_000)]
    public async Task BlockQuotesNestedPastTheLimitAreAnErrorWhereTheyGoTooDeepAndGiveNoPage(int depth)
    {
        var markdown = "\n\nIntro.\n\n" + new string('>', depth) + " Too deep.\n";

        var (outputs, diagnostics) = await RenderAll(markdown);

        Assert.Empty(outputs);
        var error = Diagnostics.Only(diagnostics, ErrorCodes.LimitExceeded, Source, 5, Limits.MarkdownNesting + 1);
        Assert.Contains($"more than {Limits.MarkdownNesting} levels", error.Message, StringComparison.Ordinal);
    }
}
