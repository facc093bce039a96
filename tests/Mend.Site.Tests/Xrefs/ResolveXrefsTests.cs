using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Guides;
using Mend.Site.Markdown;
using Mend.Site.Xrefs;
using static Mend.Site.Tests.InMemory;
using Mend.Site.Tests.Markdown;

namespace Mend.Site.Tests.Xrefs;

public sealed class ResolveXrefsTests
{
    private static async Task<(Document Output, List<Diagnostic> Diagnostics)> Resolve(string markdown)
    {
        var steps = Steps();
        var context = new FakeContext(Pipelines(RegistryOutput(await RegistryOf(steps))));
        var page = GuidePage("repair", "Repair", html: Rendered.Html(markdown));

        var outputs = await new EditGuideHtml(new ResolveXrefs(Urls)).ExecuteAsync([page], context);

        return (Assert.Single(outputs), context.Diagnostics);
    }

    [Fact]
    public async Task AnXrefBecomesALinkRelativeToThePageAndAnEmptyTextTakesTheTargetsTitle()
    {
        var (output, diagnostics) = await Resolve("See [](xref:steps#apologize) and [the steps](xref:steps).");

        Assert.Empty(diagnostics);
        Assert.Equal("<p>See <a href=\"../steps/#apologize\">Say sorry</a> and <a href=\"../steps/\">the steps</a>.</p>\n", output.Content);
    }

    [Fact]
    public async Task ALinkToAMarkdownFileLeadsToThePageReadFromIt()
    {
        var (output, diagnostics) = await Resolve("Read [the steps](steps.md#apologize).");

        Assert.Empty(diagnostics);
        Assert.Equal("<p>Read <a href=\"../steps/#apologize\">the steps</a>.</p>\n", output.Content);
    }

    [Fact]
    public async Task AnUnknownIdIsAnErrorAtTheLinksLineAndColumnInTheSource()
    {
        const string markdown = "Intro.\n\nRead [this](xref:missing) now.\n";

        var (_, diagnostics) = await Resolve(markdown);

        var (line, column) = TextPosition.Of(markdown, "[this]");
        Diagnostics.Only(diagnostics, ErrorCodes.UnknownXref, "input/guides/repair.md", line, column);
    }

    [Fact]
    public async Task ALinkToAMarkdownFileThatIsNoPageIsAnErrorAtTheLink()
    {
        const string markdown = "Read [notes](notes.md).\n";

        var (_, diagnostics) = await Resolve(markdown);

        var error = Diagnostics.Only(diagnostics, ErrorCodes.MissingLinkedFile, "input/guides/repair.md", 1, 6);
        Assert.Equal("link to 'notes.md', which is not a page of this site", error.Message);
    }
}
