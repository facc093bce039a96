using Mend.Site.Safety;

namespace Mend.Site.Tests.Safety;

/// <summary>Markdown's prose, with addresses, ids and tags blanked where they stand.</summary>
public sealed class MarkdownProseTests
{
    [Theory]
    [InlineData("[text](xref:a-b \"t\") after", "[text]               after")]
    [InlineData("## Head {#some-id}\r\nNext", "## Head           \r\nNext")]
    [InlineData("a <span class=\"x\">b</span> <!-- c\nd -->", "a                 b              \n     ")]
    [InlineData("[ref]: https://example.test/x\r\nText", "                             \r\nText")]
    [InlineData("Plain (words) stay.", "Plain (words) stay.")]
    public void BlanksWhatIsNotReadAndKeepsEveryPosition(string markdown, string prose) => Assert.Equal(prose, MarkdownProse.Of(markdown));
}
