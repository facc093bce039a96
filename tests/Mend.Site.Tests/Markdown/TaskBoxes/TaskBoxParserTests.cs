using Mend.Site.Markdown;

namespace Mend.Site.Tests.Markdown.TaskBoxes;

public sealed class TaskBoxParserTests
{
    private static int Boxes(string html) => html.Split("type=\"checkbox\"").Length - 1;

    [Theory]
    [InlineData("- [ ] to do\n", 1)]
    [InlineData("- [x] done\n", 1)]
    [InlineData("- [X]\ttab after\n", 1)]
    [InlineData("1. [x] numbered\n", 1)]
    [InlineData("- [x](https://example.org/) more\n", 0)]
    [InlineData("- item [x](https://example.org/)\n", 0)]
    [InlineData("- item [x] later in the line\n", 0)]
    [InlineData("- [x]no space\n", 0)]
    [InlineData("- [x] done [ ] and text\n", 1)]
    [InlineData("- first paragraph\n\n  [x] second paragraph\n", 0)]
    public void ABoxIsOnlyABracketedSpaceOrXThatOpensAnItemFollowedByWhiteSpace(string markdown, int boxes)
    {
        Assert.Equal(boxes, Boxes(Rendered.Html(markdown)));
    }

    [Fact]
    public void ABracketedXFollowedByATargetIsALink()
    {
        var html = Rendered.Html("- [x](https://example.org/) more\n");

        Assert.Contains("<a href=\"https://example.org/\">x</a> more", html, StringComparison.Ordinal);
    }
}
