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

    [Fact]
    public async Task UnknownFrontMatterKeyIsAnErrorAtTheKey()
    {
        var (outputs, diagnostics) = await Parse("""
            ---
            title: T
            summary: S
              # a comment
            colour: blue
            ---
            """);

        var error = Diagnostics.Only(diagnostics, ErrorCodes.UnknownKey, Source, 5, 1);
        Assert.Contains("'colour'", error.Message, StringComparison.Ordinal);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task MissingTitleIsAnErrorThatNamesTheKeyAtTheStartOfTheFrontMatter()
    {
        var (outputs, diagnostics) = await Parse("---\nsummary: S\n---\nBody\n");

        var error = Diagnostics.Only(diagnostics, ErrorCodes.MissingKey, Source, 2, 1);
        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task MissingSummaryIsAnErrorThatNamesTheKeyAtTheStartOfTheFrontMatter()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: T\norder: 1\n---\n");

        var error = Diagnostics.Only(diagnostics, ErrorCodes.MissingKey, Source, 2, 1);
        Assert.Contains("'summary'", error.Message, StringComparison.Ordinal);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task AnEmptyTitleCountsAsMissing()
    {
        var (_, diagnostics) = await Parse("---\nsummary: S\ntitle:\n---\n");

        Assert.Contains("'title'", Diagnostics.Only(diagnostics, ErrorCodes.MissingKey, Source, 2, 1).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderThatIsNotAWholeNumberIsAWrongTypeErrorAtTheValue()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: T\nsummary: S\norder: two\n---\n");

        Assert.Contains("'order'", Diagnostics.Only(diagnostics, ErrorCodes.WrongType, Source, 4, 8).Message, StringComparison.Ordinal);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task AQuotedNumberForOrderIsAWrongTypeError()
    {
        var (_, diagnostics) = await Parse("---\ntitle: T\nsummary: S\norder: \"2\"\n---\n");

        Diagnostics.Only(diagnostics, ErrorCodes.WrongType, Source, 4, 8);
    }

    [Fact]
    public async Task TagsThatAreNotAListIsAWrongTypeErrorAtTheValue()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: T\nsummary: S\ntags: 5\n---\n");

        Assert.Contains("'tags'", Diagnostics.Only(diagnostics, ErrorCodes.WrongType, Source, 4, 7).Message, StringComparison.Ordinal);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task ATitleThatIsAListIsAWrongTypeErrorAtTheValue()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: [a, b]\nsummary: S\n---\n");

        Assert.Contains("'title'", Diagnostics.Only(diagnostics, ErrorCodes.WrongType, Source, 2, 8).Message, StringComparison.Ordinal);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task ATagThatIsAMappingIsAWrongTypeErrorAtTheItem()
    {
        var (_, diagnostics) = await Parse("---\ntitle: T\nsummary: S\ntags:\n  - ok\n  - { a: b }\n---\n");

        Diagnostics.Only(diagnostics, ErrorCodes.WrongType, Source, 6, 5);
    }

    [Fact]
    public async Task InvalidYamlIsASyntaxErrorAtItsPlaceInTheFile()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: a: b\nsummary: S\n---\n");

        Diagnostics.Only(diagnostics, ErrorCodes.YamlSyntax, Source, 2, 9);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task AnUnclosedQuoteIsASyntaxErrorInTheGuide()
    {
        var (_, diagnostics) = await Parse("---\ntitle: T\nsummary: \"unclosed\nid: x\n---\n");

        Diagnostics.Only(diagnostics, ErrorCodes.YamlSyntax, Source, 3, 10);
    }

    [Fact]
    public async Task AnUnclosedListFollowedByAnotherKeyIsASyntaxErrorNotACrash()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: T\nsummary: S\ntags: [trust, repair\nid: x\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal((ErrorCodes.YamlSyntax, Source), (error.Code, error.File));
        Assert.InRange(error.Line, 4, 6);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task ARepeatedKeyIsAnError()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: T\nsummary: S\ntitle: U\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(Source, error.File);
        Assert.True(error.IsError);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task AGuideWithoutFrontMatterIsAnErrorAtTheFirstLine()
    {
        var (outputs, diagnostics) = await Parse("# Just a heading\n\nText.\n");

        Diagnostics.Only(diagnostics, ErrorCodes.MissingFrontMatter, Source, 1, 1);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task FrontMatterThatIsNeverClosedIsMissingFrontMatter()
    {
        var (_, diagnostics) = await Parse("---\ntitle: T\nsummary: S\n\nText.\n");

        Diagnostics.Only(diagnostics, ErrorCodes.MissingFrontMatter, Source, 1, 1);
    }

    [Fact]
    public async Task EmptyFrontMatterIsAnErrorAtItsFirstLine()
    {
        var (_, diagnostics) = await Parse("---\n---\nText.\n");

        Diagnostics.Only(diagnostics, ErrorCodes.EmptyFile, Source, 2, 1);
    }

    [Fact]
    public async Task AnIdThatIsNotKebabCaseIsAnInvalidValueAtTheValue()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: T\nsummary: S\nid: Repair_Steps\n---\n");

        Assert.Contains("'Repair_Steps'", Diagnostics.Only(diagnostics, ErrorCodes.InvalidValue, Source, 4, 5).Message, StringComparison.Ordinal);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task AFileNameThatIsNotAValidIdIsAnErrorAtTheFirstLine()
    {
        const string source = "input/guides/Repair Steps.md";
        var (_, diagnostics) = await Parse("---\ntitle: T\nsummary: S\n---\n", source);

        Assert.Contains("file name", Diagnostics.Only(diagnostics, ErrorCodes.InvalidValue, source, 1, 1).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATagThatIsNotKebabCaseIsAnInvalidValueAtTheTag()
    {
        var (outputs, diagnostics) = await Parse("---\ntitle: T\nsummary: S\ntags: [trust, Bad_Tag]\n---\n");

        Assert.Contains("'Bad_Tag'", Diagnostics.Only(diagnostics, ErrorCodes.InvalidValue, Source, 4, 15).Message, StringComparison.Ordinal);
        Assert.Empty(outputs);
    }

    [Fact]
    public async Task EveryErrorOfAGuideIsReportedTogether()
    {
        var (_, diagnostics) = await Parse("---\ntitle: T\norder: x\ncolor: red\n---\n");

        Assert.Equal(
            [(ErrorCodes.MissingKey, 2, 1), (ErrorCodes.WrongType, 3, 8), (ErrorCodes.UnknownKey, 4, 1)],
            diagnostics.Select(d => (d.Code, d.Line, d.Column)).OrderBy(d => d.Line));
    }

    [Fact]
    public async Task WindowsLineEndingsGiveTheSamePositions()
    {
        var (_, diagnostics) = await Parse("---\r\ntitle: T\r\nsummary: S\r\ncolour: blue\r\n---\r\n");

        Diagnostics.Only(diagnostics, ErrorCodes.UnknownKey, Source, 4, 1);
    }
}
