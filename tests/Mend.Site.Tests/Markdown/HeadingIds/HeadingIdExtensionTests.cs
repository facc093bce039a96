using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Mend.Site.Markdown;

namespace Mend.Site.Tests.Markdown.HeadingIds;

public sealed class HeadingIdExtensionTests
{
    // Markdig's own automatic ids, which the site's must equal: links to existing anchors must keep working.
    private static readonly MarkdownPipeline Markdigs = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseGenericAttributes()
        .Build();

    private static List<string?> Ids(MarkdownDocument document) => [.. document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id)];

    [Theory]
    [InlineData("# Notes\n\n## Notes\n\n### Notes\n\nNotes\n-----\n\n## Notes 1\n\n## Notes\n")]
    [InlineData("## What to say next?\n\n### Step 3: *listen*, [then](x) `talk`\n\n## Ça va — très bien\n\n## 😀\n\n##\n\n## ![image](a.png)\n")]
    [InlineData("## Details\n\n## More {#details}\n\n## Details\n\n## <b>Raw</b> &amp; entities\n")]
    [InlineData("> ## In a quote\n\n- ## In a list\n\n## In a quote\n\n| a |\n|---|\n| ## not a heading |\n")]
    public void IdsAreThoseMarkdigGives(string markdown)
    {
        Assert.Equal(Ids(Markdig.Markdown.Parse(markdown, Markdigs)), Ids(Rendered.Document(markdown)));
    }

    [Fact]
    public void IdsOfTheSitesGuidesAreThoseMarkdigGives()
    {
        foreach (var guide in Directory.EnumerateFiles(Path.Join(Repo.Root, "input", "guides"), "*.md"))
        {
            var body = FrontMatter.Split(File.ReadAllText(guide))!.Body;

            Assert.Equal(Ids(Markdig.Markdown.Parse(body, Markdigs)), Ids(Rendered.Document(body)));
        }
    }

    // Markdig tries "notes-1", "notes-2"... from the start for every repeated heading, which took minutes here; how
    // the time grows with a guide's size is measured by bench/run --guide-sizes.
    [Fact]
    public async Task TensOfThousandsOfHeadingsWithTheSameTextGetIdsWithoutHanging()
    {
        var markdown = string.Concat(Enumerable.Repeat("## Notes\n", 60_000));

        var ids = await Task.Run(() => Ids(Rendered.Document(markdown)), TestContext.Current.CancellationToken);

        Assert.Equal("notes-59999", ids[^1]);
    }
}
