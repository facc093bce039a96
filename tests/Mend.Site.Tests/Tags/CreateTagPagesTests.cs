using Mend.Site.Tests.Strings;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Tags;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Tags;

public sealed class CreateTagPagesTests
{
    private static Document Entry(string id, string title, params string[] tags) =>
        IdPage(PageKind.Rupture, id, title, $"/ruptures/{id}/", "input/catalogs/ruptures.yml").WithPage(p => p with { Tags = [.. tags] });

    private static async Task<IReadOnlyList<Document>> Create(params (string Name, Document[] Documents)[] read) =>
        await new CreateTagPages(EnglishStrings.Value, "Guides", "Catalogs").ExecuteAsync([], new FakeContext(Pipelines(), Pipelines(read)));

    private static readonly (string, Document[])[] Tagged =
    [
        ("Guides", [GuidePage("zeta", "Zeta", tags: ["trust", "apology"]), GuidePage("alpha", "Alpha", tags: ["apology"])]),
        ("Catalogs", [IdPage(PageKind.Catalog, "ruptures", "Ruptures", "/ruptures/", "x"), Entry("late", "Late", "apology", "apology")]),
    ];

    [Fact]
    public async Task TheTagIndexListsEveryTagInOrdinalOrderWithHowManyPagesCarryIt()
    {
        var pages = (await Create(Tagged)).Select(d => d.Get<Page>()).ToList();

        Assert.Equal(["/tags/", "/tags/apology/", "/tags/trust/"], pages.Select(p => p.Url));
        var index = pages[0];
        Assert.Equal(("Topics", "tags", PageKind.Tag), (index.Title, index.Layout, index.Section));
        Assert.Equal(
            [new PageLink("apology", "3", "/tags/apology/"), new PageLink("trust", "1", "/tags/trust/")],
            Assert.IsType<TagIndexModel>(index.Model).Tags);
    }

    [Fact]
    public async Task ATagPageListsItsPagesByKindInContentOrderThenByTitleAndCanBeLinkedToByItsId()
    {
        var apology = (await Create(Tagged)).Select(d => d.Get<Page>()).Single(p => p.Url == "/tags/apology/");

        Assert.Equal(("tag:apology", "Topic: apology", "tag"), (apology.Id, apology.Title, apology.Layout));
        Assert.Equal([new PageLink("Topics", "", "/tags/")], apology.Breadcrumbs);
        var model = Assert.IsType<TagModel>(apology.Model);
        Assert.Equal(
            [
                ("Guides", [new PageLink("Alpha", "About Alpha.", "/guides/alpha/"), new PageLink("Zeta", "About Zeta.", "/guides/zeta/")]),
                ("Examples", [new PageLink("Late", "About Late.", "/ruptures/late/")]),
            ],
            model.Groups.Select(g => (g.Title, g.Entries.ToList())));
    }

    [Fact]
    public async Task WithoutTagsThereAreNoTagPages()
    {
        var outputs = await Create(("Guides", [GuidePage("alpha", "Alpha")]), ("Catalogs", []));

        Assert.Empty(outputs);
    }
}
