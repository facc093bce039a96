using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Xrefs;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Xrefs;

public sealed class XrefRegistryTests
{
    private static readonly SourceLocation At = new("input/catalogs/ruptures.yml", 7, 12);

    private static Task<XrefRegistry> Registry() => RegistryOf(
        Steps(),
        GuidePage("repair", "Repair", headings: [new Heading("listen", "Listen", 2), new Heading("listen", "Listen again", 3)]));

    [Fact]
    public async Task AnIdResolvesToItsPagesUrlAndTitle()
    {
        var registry = await Registry();
        var reported = new List<Diagnostic>();

        var resolved = registry.Resolve("steps", At, reported.Add);

        Assert.Empty(reported);
        Assert.Equal((null, "/guides/steps/", "Steps"), (resolved!.Anchor, resolved.Url, resolved.Title));
    }

    [Fact]
    public async Task AnAnchorResolvesToTheSectionWithTheHeadingsTextAsTitle()
    {
        var registry = await Registry();

        var resolved = registry.Resolve("steps#apologize", At, _ => Assert.Fail("nothing to report"));

        Assert.Equal(("apologize", "/guides/steps/#apologize", "Say sorry"), (resolved!.Anchor, resolved.Url, resolved.Title));
    }

    [Fact]
    public async Task AnAnchorTwoHeadingsShareNamesTheFirstOfThem()
    {
        var registry = await Registry();

        var resolved = registry.Resolve("repair#listen", At, _ => Assert.Fail("nothing to report"));

        Assert.Equal("Listen", resolved!.Title);
    }

    [Fact]
    public async Task AnUnknownIdIsAnErrorAtTheLinkThatQuotesTheLinkAsWritten()
    {
        var registry = await Registry();
        var reported = new List<Diagnostic>();

        var resolved = registry.Resolve("nope#part", At, reported.Add, written: "xref:nope#part");

        Assert.Null(resolved);
        var error = Diagnostics.Only(reported, ErrorCodes.UnknownXref, At.File, At.Line, At.Column);
        Assert.Equal("'xref:nope#part': unknown id 'nope'", error.Message);
    }

    [Fact]
    public async Task AnUnknownAnchorOnAKnownPageIsAnErrorAtTheLink()
    {
        var registry = await Registry();
        var reported = new List<Diagnostic>();

        var resolved = registry.Resolve("steps#listen", At, reported.Add);

        Assert.Null(resolved);
        var error = Diagnostics.Only(reported, ErrorCodes.UnknownAnchor, At.File, At.Line, At.Column);
        Assert.Equal("'steps#listen': 'steps' has no heading with the anchor '#listen'", error.Message);
    }

    [Fact]
    public async Task LinksListASectionUnderItsHeadingWithThePageTitleAsSummaryAndLeaveOutWhatDoesNotResolve()
    {
        var registry = await Registry();
        var reported = new List<Diagnostic>();
        var missing = new SourceLocation("input/catalogs/ruptures.yml", 9, 14);

        var links = registry.Links(
            [new Located<string>("steps#apologize", At), new Located<string>("missing", missing), new Located<string>("repair", At)],
            reported.Add);

        Assert.Equal(
            [new PageLink("Say sorry", "Steps", "/guides/steps/#apologize"), new PageLink("Repair", "", "/guides/repair/")],
            links);
        Diagnostics.Only(reported, ErrorCodes.UnknownXref, missing.File, missing.Line, missing.Column);
    }
}
