using Mend.Pipeline;
using Mend.Site.Core;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Core;

public sealed class NeighboursTests
{
    private static Document Page(string id) =>
        IdPage(PageKind.Challenge, id, id.ToUpperInvariant(), $"/challenges/{id}/", "input/catalogs/challenges.yml");

    [Fact]
    public void EachPageLinksToThePagesBeforeAndAfterItByTitleAndUrlWithoutSummary()
    {
        var linked = Neighbours.Link([Page("a"), Page("b"), Page("c")]).Select(d => d.Get<Page>()).ToList();

        Assert.Equal(
            [
                (null, new PageLink("B", "", "/challenges/b/")),
                (new PageLink("A", "", "/challenges/a/"), new PageLink("C", "", "/challenges/c/")),
                (new PageLink("B", "", "/challenges/b/"), null),
            ],
            linked.Select(p => (p.Previous, p.Next)));
        Assert.Equal(["A", "B", "C"], linked.Select(p => p.Title));
    }

    [Fact]
    public void APageAloneHasNeitherAndKeepsItsOtherMetadata()
    {
        var alone = Page("a").With(new Asset("kept"));

        var linked = Assert.Single(Neighbours.Link([alone]));

        Assert.Equal((null, null), (linked.Get<Page>().Previous, linked.Get<Page>().Next));
        Assert.Equal(new Asset("kept"), linked.Get<Asset>());
    }
}
