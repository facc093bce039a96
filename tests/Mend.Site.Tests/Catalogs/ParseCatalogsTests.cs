using Mend.Pipeline;
using Mend.Site.Catalogs;
using Mend.Site.Core;
using Mend.Site.Xrefs;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Catalogs;

public sealed class ParseCatalogsTests
{
    private const string Source = "input/catalogs/ruptures.yml";

    private static readonly PageLink Home = new("Ruptures", "", "/ruptures/");

    private static async Task<IReadOnlyList<Document>> Parse(string text, string source = Source)
    {
        var context = new FakeContext();
        var outputs = await new ParseCatalogs(Strings.EnglishStrings.Value).ExecuteAsync([new Document { Source = source, Content = text }], context);
        Assert.Empty(context.Diagnostics);
        return outputs;
    }

    private static Page PageAt(IReadOnlyList<Document> pages, string url) => pages.Single(d => d.Get<Page>().Url == url).Get<Page>();

    [Fact]
    public async Task ARuptureCatalogBecomesItsPageItsSeverityPagesAPagePerRelationshipInUseAndItsEntries()
    {
        var pages = await Parse(Ruptures);

        Assert.Equal(
            [
                ("/ruptures/", "Ruptures", "ruptures"),
                ("/ruptures/minor/", "Minor ruptures", "severity"),
                ("/ruptures/serious/", "Serious ruptures", "severity"),
                ("/ruptures/relationship/romantic/", "Romantic relationships", "relationship"),
                ("/ruptures/relationship/friendship/", "Friendships", "relationship"),
                ("/ruptures/forgot-to-reply/", "Not replying", "rupture"),
                ("/ruptures/late-for-dinner/", "Late for dinner", "rupture"),
            ],
            pages.Select(d => (d.Get<Page>().Url, d.Get<Page>().Title, d.Get<Page>().Layout)));
        Assert.All(pages, d => Assert.Equal(Source, d.Source));
    }

    [Fact]
    public async Task TheCatalogPageDeclaresItsIdWhereItWasWrittenWithItsSeveritiesAsAnchors()
    {
        var page = PageAt(await Parse(Ruptures), "/ruptures/");

        var (line, column) = TextPosition.Of(Ruptures, "ruptures\ntitle");
        Assert.Equal(("ruptures", new SourceLocation(Source, line, column)), (page.Id, page.Location));
        Assert.Equal([new Heading("minor", "Minor ruptures", 2), new Heading("serious", "Serious ruptures", 2)], page.Headings);
        Assert.Equal(PageKind.Rupture, page.Section);
    }

    [Fact]
    public async Task ASeverityWithoutASummaryIsDescribedByTheCatalogsSummary()
    {
        var pages = await Parse(Ruptures);

        Assert.Equal(("Small slips.", "Examples."), (PageAt(pages, "/ruptures/minor/").Description, PageAt(pages, "/ruptures/serious/").Description));
        Assert.Equal([Home], PageAt(pages, "/ruptures/serious/").Breadcrumbs);
        Assert.Equal("Ruptures: friendships.", PageAt(pages, "/ruptures/relationship/friendship/").Description);
    }

    [Fact]
    public async Task EntriesAreReadBySeverityThenAsWrittenWithBreadcrumbsNeighboursAndCitations()
    {
        // Written out of severity order, with emphasis in a scenario.
        var text = RuptureCatalog([("minor", "Minor"), ("serious", "Serious")],
            Rupture("grave", "Grave", severity: "serious", steps: "[steps]"),
            Rupture("slight", "Slight", scenario: "You were *late*.", steps: "[steps#apologize, steps#listen]"));

        var entries = (await Parse(text)).Where(d => d.Get<Page>().Kind == PageKind.Rupture).ToList();

        Assert.Equal(["slight", "grave"], entries.Select(d => d.Get<Page>().Id));
        var (slight, grave) = (entries[0].Get<Page>(), entries[1].Get<Page>());
        Assert.Equal("You were late.", slight.Description);
        Assert.Equal([Home, new PageLink("Serious", "", "/ruptures/serious/")], grave.Breadcrumbs);
        Assert.Equal((null, new PageLink("Grave", "", "/ruptures/grave/")), (slight.Previous, slight.Next));
        Assert.Equal(new PageLink("Slight", "", "/ruptures/slight/"), grave.Previous);
        Assert.Equal(["steps#apologize", "steps#listen"], entries[0].Get<Citations>().References);
        Assert.Equal(["steps"], entries[1].Get<Citations>().References);
    }

    [Fact]
    public async Task AChallengeCatalogBecomesItsPageAndItsEntriesInWrittenOrder()
    {
        var pages = await Parse(Challenges, "input/catalogs/challenges.yml");

        Assert.Equal(["/challenges/", "/challenges/defensiveness/", "/challenges/stonewalling/"], pages.Select(d => d.Get<Page>().Url));
        var home = new PageLink("What gets in the way", "", "/challenges/");
        var defensiveness = pages[1].Get<Page>();
        Assert.Equal([home], defensiveness.Breadcrumbs);
        Assert.Equal((null, new PageLink("Stonewalling", "", "/challenges/stonewalling/")), (defensiveness.Previous, defensiveness.Next));
        Assert.Equal(["listening"], defensiveness.Tags);
        Assert.Equal(["steps#apologize"], pages[1].Get<Citations>().References);
        Assert.Empty(pages[2].Get<Citations>().References);
        Assert.False(pages[0].Has<Citations>());
    }

    [Fact]
    public async Task ACatalogWithAnErrorBecomesNoPage()
    {
        var context = new FakeContext();

        var outputs = await new ParseCatalogs(Strings.EnglishStrings.Value).ExecuteAsync([new Document { Source = Source, Content = "kind: poems\n" }], context);

        Assert.Empty(outputs);
        Diagnostics.Only(context.Diagnostics, ErrorCodes.InvalidValue, Source, 1, 7);
    }
}
