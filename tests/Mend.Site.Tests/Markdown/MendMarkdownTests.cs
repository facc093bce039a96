using Mend.Site.Core;
using Mend.Site.Markdown;

namespace Mend.Site.Tests.Markdown;

public sealed class MendMarkdownTests
{
    private static List<Heading> HeadingsOf(string markdown) => [.. MendMarkdown.Headings(Rendered.Document(markdown))];

    [Fact]
    public void AnExplicitHeadingIdIsKept()
    {
        const string markdown = "## Acknowledge the rupture {#acknowledge}\n";

        Assert.Equal([new Heading("acknowledge", "Acknowledge the rupture", 2)], HeadingsOf(markdown));
        Assert.Contains("<h2 id=\"acknowledge\">Acknowledge the rupture</h2>", Rendered.Html(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void AHeadingWithoutAnIdGetsAGitHubStyleSlug()
    {
        Assert.Equal(
            [new Heading("what-to-say-next", "What to say next?", 2), new Heading("step-3-listen", "Step 3: listen", 3)],
            HeadingsOf("## What to say next?\n\n### Step 3: listen\n"));
    }

    [Fact]
    public void RepeatedAutomaticHeadingsGetDistinctIds()
    {
        var ids = HeadingsOf("## Notes\n\n## Notes\n\n## Notes\n").Select(h => h.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("notes", ids[0]);
    }

    [Fact]
    public void AutomaticIdsAreTheSameEveryTimeTheSameTextIsRendered()
    {
        const string markdown = "# Intro\n\n## Why it matters\n\n## Why it matters\n\n### `code` and *emphasis*\n";

        Assert.Equal(Rendered.Html(markdown), Rendered.Html(markdown));
        Assert.Equal(HeadingsOf(markdown), HeadingsOf(markdown));
    }

    [Fact]
    public void TheHeadingTextIncludesCodeButNotMarkup()
    {
        Assert.Equal("Use git status today", Assert.Single(HeadingsOf("## Use `git status` *today* {#use}\n")).Text);
    }

    [Fact]
    public void TablesFootnotesTaskListsAndGenericAttributesAreRendered()
    {
        var html = Rendered.Html("""
            | Step | Time |
            | ---- | ---- |
            | Say sorry | now |

            A claim.[^1]

            [^1]: The source.

            - [x] done
            - [ ] to do

            ## A tip {.note}

            [More](https://example.org/){.external}
            """);
        var document = Mend.Site.Tests.Sites.PageHtml.Parse(html);

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Say sorry</td>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
        Assert.Equal("a-tip", document.QuerySelector("h2.note")?.Id);
        Assert.NotNull(document.QuerySelector("a.external[href='https://example.org/']"));
    }
}
