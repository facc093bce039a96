using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Guides;
using Mend.Site.Templates;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Guides;

public sealed class AddSupportNoteTests
{
    private static readonly SourceLocation NoteAt = new("input/site.yml", 4, 15);

    private static Located<string> Note(string markdown) => new(markdown, NoteAt);

    private static async Task<(IReadOnlyList<Document> Outputs, List<Diagnostic> Diagnostics)> Run(
        Located<string>? note, params Document[] guides)
    {
        var context = new FakeContext(Pipelines(RegistryOutput(await RegistryOf(Steps()))));
        var outputs = await new AddSupportNote(Urls, SiteConfigWith(note)).ExecuteAsync(guides, context);
        return (outputs, context.Diagnostics);
    }

    [Fact]
    public async Task TheNoteIsRenderedWithItsLinksResolvedIntoTheSafetyGuidesModelOnly()
    {
        var (outputs, diagnostics) = await Run(
            Note("Call someone, or read [](xref:steps#apologize)."), GuidePage("other", "Other"), GuidePage(Guide.SafetyId, "Safety"));

        Assert.Empty(diagnostics);
        Assert.Null(outputs[0].Get<Page>().Model);
        Assert.Equal(
            new GuideModel(new TrustedHtml("<p>Call someone, or read <a href=\"../steps/#apologize\">Say sorry</a>.</p>\n")),
            outputs[1].Get<Page>().Model);
    }

    [Fact]
    public async Task ANoteWithoutASafetyGuideIsAWarningAtTheNoteAndChangesNothing()
    {
        var other = GuidePage("other", "Other");

        var (outputs, diagnostics) = await Run(Note("Call someone."), other);

        Assert.Same(other, Assert.Single(outputs));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(
            (Severity.Warning, ErrorCodes.UnusedSupportNote, NoteAt.File, NoteAt.Line, NoteAt.Column),
            (warning.Severity, warning.Code, warning.File, warning.Line, warning.Column));
        Assert.Equal("support_note is shown on the safety guide, and there is no guide with id 'safety'", warning.Message);
    }

    [Fact]
    public async Task WithoutANoteTheSafetyGuideHasNoModel()
    {
        var safety = GuidePage(Guide.SafetyId, "Safety");

        var (outputs, diagnostics) = await Run(null, safety);

        Assert.Empty(diagnostics);
        Assert.Same(safety, Assert.Single(outputs));
    }
}
