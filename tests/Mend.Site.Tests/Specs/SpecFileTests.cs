

namespace Mend.Site.Tests.Specs;

/// <summary>The spec format itself: how a file is split into inputs and expectations, and how a line is matched.</summary>
public sealed class SpecFileTests
{
    private const string Text = """
        # First line of the description,
        # and its second.
        --- guides/a.md
        ---
        title: A
        ---

        Body.


        --- guides/b.md (crlf)
        one
        two
        --- without site.yml
        --- options
        base-url: http://localhost:8080/
        --- expect
        guides/a.md:2:1: error MEND104: ...'summary'...
        site.yml: error MEND109
        error MEND106: --base-url
        """;

    [Fact]
    public void AFileIsSplitIntoItsDescriptionInputsOptionsAndExpectations()
    {
        var spec = SpecFile.Parse(Text, "x.spec");

        Assert.Equal("First line of the description, and its second.", spec.Description);
        Assert.Equal("---\ntitle: A\n---\n\nBody.\n", spec.Files["guides/a.md"]);
        Assert.Equal("one\r\ntwo\r\n", spec.Files["guides/b.md"]);
        Assert.Equal(["site.yml"], spec.Absent);
        Assert.Equal("http://localhost:8080/", spec.BaseUrl);
        Assert.Equal(
            ["guides/a.md:2:1: error MEND104: ...'summary'...", "site.yml: error MEND109", "error MEND106: --base-url"],
            spec.Expected!.Select(e => e.ToString()));
    }

    [Fact]
    public void AnEmptyExpectSectionIsACleanBuildAndNoneIsNoExpectation()
    {
        Assert.Empty(SpecFile.Parse("--- a.yml\nx: 1\n--- expect\n", "x.spec").Expected!);
        Assert.Null(SpecFile.Parse("--- a.yml\nx: 1\n", "x.spec").Expected);
    }

    [Theory]
    [InlineData("text before the first header\n--- a.yml\n")]
    [InlineData("--- a.yml\n--- a.yml\n")]
    [InlineData("--- options\ntheme: x\n")]
    [InlineData("--- expect\na.yml:1:1: MEND104\n")]
    [InlineData("--- expect\n--- expect\n")]
    public void AMalformedFileIsAFormatErrorNamingIt(string text)
    {
        var error = Assert.Throws<FormatException>(() => SpecFile.Parse(text, "bad.spec"));

        Assert.StartsWith("bad.spec:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExpectationMatchesOnLocationAndCodeExactlyAndOnTheMessageWithWildcards()
    {
        var expectation = Expectation.Parse("a.yml:3:5: error MEND104: ...'scenario'...")!;

        Assert.True(expectation.Matches("a.yml:3:5: ", "error", "MEND104", "'scenario' is required"));
        Assert.False(expectation.Matches("a.yml:3:6: ", "error", "MEND104", "'scenario' is required"));
        Assert.False(expectation.Matches("a.yml:4:5: ", "error", "MEND104", "'scenario' is required"));
        Assert.False(expectation.Matches("b.yml:3:5: ", "error", "MEND104", "'scenario' is required"));
        Assert.False(expectation.Matches("a.yml:3:5: ", "error", "MEND103", "'scenario' is required"));
        Assert.False(expectation.Matches("a.yml:3:5: ", "warning", "MEND104", "'scenario' is required"));
        Assert.False(expectation.Matches("a.yml:3:5: ", "error", "MEND104", "'steps' is required"));
    }

    [Fact]
    public void AMessageWithoutWildcardsMustBeTheWholeMessage()
    {
        var expectation = Expectation.Parse("a.yml:3:5: error MEND104: 'scenario'")!;

        Assert.True(expectation.Matches("a.yml:3:5: ", "error", "MEND104", "'scenario'"));
        Assert.False(expectation.Matches("a.yml:3:5: ", "error", "MEND104", "'scenario' is required"));
    }

    [Fact]
    public void AnExpectationWithoutAMessageAcceptsAnyMessage()
    {
        Assert.True(Expectation.Parse("a.yml:3:5: error MEND104")!.Matches("a.yml:3:5: ", "error", "MEND104", "anything"));
    }
}
