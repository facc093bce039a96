using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Guides;

namespace Mend.Site.Tests.Guides;

public sealed class ParseGuidesTests
{
    private const string Source = "input/guides/repair-steps.md";

    private static async Task<(IReadOnlyList<Document> Outputs, List<Diagnostic> Diagnostics)> Parse(string text, string source = Source)
    {
        var context = new FakeContext();
        var outputs = await new ParseGuides().ExecuteAsync([new Document { Source = source, Content = text }], context);
        return (outputs, context.Diagnostics);
    }

    [Fact]
    public async Task AValidGuideBecomesAPageAtGuidesSlashIdWithItsFrontMatter()
    {
        var (outputs, diagnostics) = await Parse("""
            ---
            title: Seven steps
            summary: How to repair.
            order: 2
            tags: [apology, active-listening]
            ---
            Body text.
            """);

        Assert.Empty(diagnostics);
        var page = Assert.Single(outputs);
        var guide = page.Get<Guide>();
        Assert.Equal(("repair-steps", "Seven steps", "How to repair.", (int?)2), (guide.Id, guide.Title, guide.Summary, guide.Order));
        Assert.Equal(["apology", "active-listening"], guide.Tags);
        Assert.Equal("guides/repair-steps/index.html", page.Destination);
        Assert.Equal("Seven steps", page.Get<Page>().Title);
    }

    [Fact]
    public async Task AnExplicitIdReplacesTheFileName()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: T\nsummary: S\nid: other-id\n---\n");

        Assert.Empty(diagnostics);
        Assert.Equal("other-id", Assert.Single(outputs).Get<Guide>().Id);
        Assert.Equal("guides/other-id/index.html", outputs[0].Destination);
    }

    [Fact]
    public async Task TheBodyKeepsTheFrontMatterLinesSoBodyLineNumbersAreFileLineNumbers()
    {
        var (outputs, _) = await Parse("---\ntitle: T\nsummary: S\n---\nfirst body line\n");

        var lines = Assert.Single(outputs).Content.Split('\n');
        Assert.Equal("first body line", lines[4]);
        Assert.All(lines[..4], line => Assert.Equal("", line));
    }

    // Which errors a guide's front matter gives, and where, is in Specs/guides; here, that such a guide becomes no page.
    [Theory]
    [InlineData("---\ntitle: T\nsummary: S\n  # a comment\ncolour: blue\n---\n")]
    [InlineData("---\nsummary: S\n---\nBody\n")]
    [InlineData("---\ntitle: T\norder: 1\n---\n")]
    [InlineData("---\ntitle: T\nsummary: S\norder: two\n---\n")]
    [InlineData("---\ntitle: T\nsummary: S\ntags: 5\n---\n")]
    [InlineData("---\ntitle: [a, b]\nsummary: S\n---\n")]
    [InlineData("---\ntitle: a: b\nsummary: S\n---\n")]
    [InlineData("---\ntitle: T\nsummary: S\ntags: [trust, repair\nid: x\n---\n")]
    [InlineData("---\ntitle: T\nsummary: S\ntitle: U\n---\n")]
    [InlineData("# Just a heading\n\nText.\n")]
    [InlineData("---\ntitle: T\nsummary: S\nid: Repair_Steps\n---\n")]
    [InlineData("---\ntitle: T\nsummary: S\ntags: [trust, Bad_Tag]\n---\n")]
    public async Task AGuideWithAnErrorBecomesNoPage(string text)
    {
        var (outputs, diagnostics) = await Parse(text);

        Assert.Contains(diagnostics, d => d.IsError);
        Assert.Empty(outputs);
    }
}
