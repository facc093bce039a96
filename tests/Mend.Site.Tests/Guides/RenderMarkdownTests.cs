using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Guides;

namespace Mend.Site.Tests.Guides;

public sealed class RenderMarkdownTests
{
    private const string Source = "input/guides/a.md";

    private static async Task<(Document Output, List<Diagnostic> Diagnostics)> Render(string markdown)
    {
        var context = new FakeContext();
        var page = PageDocument.Create(new Page(PageKind.Guide, "A", "About A.", "/guides/a/", "guide"), Source).WithContent(markdown);
        var outputs = await new RenderMarkdown().ExecuteAsync([page], context);
        return (Assert.Single(outputs), context.Diagnostics);
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
}
