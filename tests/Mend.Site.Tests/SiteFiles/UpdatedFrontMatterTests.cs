using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Guides;

namespace Mend.Site.Tests.SiteFiles;

public sealed class UpdatedFrontMatterTests
{
    private static string Text(string updated) => $"---\ntitle: Alpha\nsummary: The first.\nupdated: {updated}\n---\nBody.\n";

    [Fact]
    public async Task AnUpdatedDateIsReadIntoTheGuide()
    {
        var context = new FakeContext();

        var outputs = await new ParseGuides().ExecuteAsync([new Document { Source = "guides/a.md", Content = Text("2024-02-29") }], context);

        Assert.Empty(context.Diagnostics);
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.Single(outputs).Get<Guide>().Updated);
    }

    [Fact]
    public async Task AGuideWithoutAnUpdatedDateHasNone()
    {
        var outputs = await new ParseGuides().ExecuteAsync([new Document { Source = "guides/a.md", Content = GuideText.Of("Alpha") }], new FakeContext());

        Assert.Null(Assert.Single(outputs).Get<Guide>().Updated);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-2-3")]
    [InlineData("15/01/2024")]
    [InlineData("2024-01-15T10:00:00Z")]
    [InlineData("yesterday")]
    [InlineData("\"2024-00-10\"")]
    public async Task AnUpdatedValueThatIsNotARealYyyyMmDdDateIsAnErrorAtTheValue(string value)
    {
        var text = "---\ntitle: Alpha\nsummary: The first.\norder: 1\nupdated:   " + value + "\n---\nBody.\n";
        using var site = TestSite.With(("guides/alpha.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, value);
        Assert.Equal((5, 12), (line, column));
        var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.InvalidValue, site.PathOf("guides/alpha.md"), line, column);
        Assert.Contains("'updated'", error.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task AnUpdatedValueThatIsAListIsAWrongTypeAtTheValue()
    {
        var text = Text("[2024-01-01]");
        using var site = TestSite.With(("guides/alpha.md", text));

        var report = await site.BuildAsync();

        var (line, column) = TextPosition.Of(text, "[2024");
        Diagnostics.Only(report.Diagnostics, ErrorCodes.WrongType, site.PathOf("guides/alpha.md"), line, column);
    }

    [Fact]
    public async Task AnEmptyUpdatedValueMeansNoDate()
    {
        var outputs = await new ParseGuides().ExecuteAsync([new Document { Source = "guides/a.md", Content = Text("") }], new FakeContext());

        Assert.Null(Assert.Single(outputs).Get<Guide>().Updated);
    }
}
