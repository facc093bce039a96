using Mend.Pipeline;
using Mend.Site.Catalogs;
using Mend.Site.Core;
using Mend.Site.Search;
using Mend.Site.Templates;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Catalogs;

public sealed class BuildCatalogModelsTests
{
    /// <summary>The catalog's pages as ParseCatalogs reads them, with their models built against a registry of them and the steps guide.</summary>
    private static async Task<IReadOnlyList<Document>> Build(string catalog, string source)
    {
        var context = new FakeContext();
        var parsed = await new ParseCatalogs(Strings.EnglishStrings.Value).ExecuteAsync([new Document { Source = source, Content = catalog }], context);
        context = new FakeContext(Pipelines(RegistryOutput(await RegistryOf([Steps(), .. parsed]))));

        var outputs = await new BuildCatalogModels(Urls, Strings.EnglishStrings.Value).ExecuteAsync(parsed, context);

        Assert.Empty(context.Diagnostics);
        return outputs;
    }

    private static Task<IReadOnlyList<Document>> Ruptures() => Build(CatalogFixtures.Ruptures, "input/catalogs/ruptures.yml");

    private static Document At(IReadOnlyList<Document> pages, string url) => pages.Single(d => d.Get<Page>().Url == url);

    [Fact]
    public async Task AnEntrysModelHasItsFieldsRenderedAndItsLinksResolved()
    {
        var model = Assert.IsType<RuptureModel>(At(await Ruptures(), "/ruptures/forgot-to-reply/").Get<Page>().Model);

        Assert.Equal(("Ruptures", "/ruptures/"), (model.CatalogTitle, model.CatalogUrl));
        Assert.Equal(new PageLink("Minor ruptures", "", "/ruptures/minor/"), model.Severity);
        Assert.Equal([new PageLink("Friendships", "", "/ruptures/relationship/friendship/")], model.Relationships);
        Assert.Equal((new TrustedHtml("<p>You did not reply.</p>\n"), new TrustedHtml("<p>They stop sharing.</p>\n")), (model.Scenario, model.Impact));
        Assert.Equal(["Reply next time."], model.Actions);
        Assert.Equal([new PageLink("Say sorry", "Steps", "/guides/steps/#apologize")], model.Steps);
        Assert.Equal([new PageLink("Late for dinner", "", "/ruptures/late-for-dinner/")], model.Related);
    }

    [Fact]
    public async Task AnEntrysSearchTextIsTheTextItShowsWithItsSeverityAndRelationshipsRankedAsTheCatalogListsThem()
    {
        var pages = await Ruptures();

        var forgot = At(pages, "/ruptures/forgot-to-reply/").Get<SearchText>();
        var late = At(pages, "/ruptures/late-for-dinner/").Get<SearchText>();

        Assert.Equal("You did not reply. They stop sharing. I’m sorry I never answered. Reply next time.", forgot.Body);
        Assert.Equal(new Facet("minor", "Minor ruptures", 0), forgot.Severity);
        Assert.Equal([new Facet("friendship", "Friendships", 1)], forgot.Relationships);
        Assert.Equal(("You were late. They waited. I kept you waiting.", new Facet("serious", "Serious ruptures", 1)), (late.Body, late.Severity));
        Assert.Equal([new Facet("romantic", "Romantic relationships", 0)], late.Relationships);
    }

    [Fact]
    public async Task TheCatalogSeverityAndRelationshipPagesGetModelsButNoSearchText()
    {
        var pages = await Ruptures();

        var catalog = Assert.IsType<RuptureCatalogModel>(At(pages, "/ruptures/").Get<Page>().Model);
        Assert.Equal(
            [("/ruptures/minor/", [new PageLink("Not replying", "Friendships", "/ruptures/forgot-to-reply/") { Quote = "I’m sorry I never answered." }]),
             ("/ruptures/serious/", [new PageLink("Late for dinner", "Romantic relationships", "/ruptures/late-for-dinner/") { Quote = "I kept you waiting." }])],
            catalog.Groups.Select(g => (g.Url, g.Entries.ToList())));
        Assert.Equal(
            [new PageLink("Romantic relationships", "1", "/ruptures/relationship/romantic/"),
             new PageLink("Friendships", "1", "/ruptures/relationship/friendship/")],
            catalog.Relationships);
        var friendship = Assert.IsType<RelationshipModel>(At(pages, "/ruptures/relationship/friendship/").Get<Page>().Model);
        Assert.Equal(["minor"], friendship.Groups.Select(g => g.Severity.Id));
        Assert.IsType<SeverityModel>(At(pages, "/ruptures/serious/").Get<Page>().Model);
        Assert.Equal(5, pages.Count(d => !d.Has<SearchText>()));
    }

    [Fact]
    public async Task AnEntrysPartForTheOneHurtHasItsFeelingRenderedAndItsSituationsAreLinkedInTheCatalogsOrder()
    {
        var pages = await Build(RupturesWithSituations, "input/catalogs/ruptures.yml");

        var forgot = Assert.IsType<RuptureModel>(At(pages, "/ruptures/forgot-to-reply/").Get<Page>().Model);
        Assert.Equal(
            new TrustedHtml("<p>Silence after good news can feel like it did not <em>matter</em>. See <a href=\"../../guides/steps/#apologize\">Say sorry</a>.</p>\n"),
            forgot.IfHurt!.Feel);
        Assert.Equal(["A real reply, even a late one.", "Being told first next time."], forgot.IfHurt.Ask);
        Assert.Equal("When you didn’t answer, I felt you weren’t glad for me.", forgot.IfHurt.Say);
        Assert.Equal(
            [new PageLink("Broken promises", "", "/ruptures/situation/broken-promise/"), new PageLink("Not being there", "", "/ruptures/situation/absence/")],
            forgot.Situations);
        var late = Assert.IsType<RuptureModel>(At(pages, "/ruptures/late-for-dinner/").Get<Page>().Model);
        Assert.Null(late.IfHurt);
    }

    [Fact]
    public async Task AnEntrysSearchTextEndsWithItsPartForTheOneHurt()
    {
        var pages = await Build(RupturesWithSituations, "input/catalogs/ruptures.yml");

        Assert.Equal(
            "You did not reply. They stop sharing. I’m sorry I never answered. Reply next time. "
            + "Silence after good news can feel like it did not matter. See Say sorry. A real reply, even a late one. Being told first next time. "
            + "When you didn’t answer, I felt you weren’t glad for me.",
            At(pages, "/ruptures/forgot-to-reply/").Get<SearchText>().Body);
    }

    [Fact]
    public async Task TheCatalogCountsTheEntriesOfEachSituationThatHasAnyAndEachSituationPageListsThemBySeverity()
    {
        var pages = await Build(RupturesWithSituations, "input/catalogs/ruptures.yml");

        var catalog = Assert.IsType<RuptureCatalogModel>(At(pages, "/ruptures/").Get<Page>().Model);
        Assert.Equal(
            [new PageLink("Broken promises", "2", "/ruptures/situation/broken-promise/"), new PageLink("Not being there", "1", "/ruptures/situation/absence/")],
            catalog.Situations);
        var promises = Assert.IsType<SituationModel>(At(pages, "/ruptures/situation/broken-promise/").Get<Page>().Model);
        Assert.Equal(
            ["minor: /ruptures/forgot-to-reply/", "serious: /ruptures/late-for-dinner/"],
            promises.Groups.Select(g => $"{g.Severity.Id}: {string.Join(", ", g.Entries.Select(e => e.Url))}"));
        Assert.DoesNotContain(pages, d => d.Get<Page>().Url == "/ruptures/situation/lateness/");
        Assert.False(At(pages, "/ruptures/situation/absence/").Has<SearchText>());
    }

    [Fact]
    public async Task AChallengesSearchTextJoinsEveryFieldInPageOrderWithoutFacets()
    {
        var pages = await Build(Challenges, "input/catalogs/challenges.yml");

        var text = At(pages, "/challenges/defensiveness/").Get<SearchText>();

        Assert.Equal(
            "Explaining before listening. Guarding yourself when you hear that you hurt someone. They feel unheard. The hurt grows. "
            + "Your partner says you forgot the date. Well, you forget things too. They stop raising it. "
            + "Pause first Take a breath before you answer. Repeat back Say what you heard. You’re right, I forgot. I’m sorry.",
            text.Body);
        Assert.Equal((null, 0), (text.Severity, text.Relationships.Length));
        var model = Assert.IsType<ChallengeModel>(At(pages, "/challenges/defensiveness/").Get<Page>().Model);
        Assert.Equal([new PageLink("Say sorry", "Steps", "/guides/steps/#apologize")], model.Steps);
        Assert.Equal(["Pause first", "Repeat back"], model.Tips.Select(t => t.Title));
    }
}
