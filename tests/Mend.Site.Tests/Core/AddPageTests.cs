using Mend.Site.Tests.Strings;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.SiteFiles;

namespace Mend.Site.Tests.Core;

public sealed class AddPageTests
{
    [Fact]
    public async Task ThePageIsAddedAsAGeneratedDocumentAtItsDestinationAfterTheDocumentsBeforeIt()
    {
        var before = new Document { Destination = "robots.txt" };

        var notFound = NotFoundPage.Of(EnglishStrings.Value);
        var outputs = await new AddPage(notFound).ExecuteAsync([before], new FakeContext());

        Assert.Equal(2, outputs.Count);
        Assert.Same(before, outputs[0]);
        Assert.Equal(("", "404.html", notFound), (outputs[1].Source, outputs[1].Destination, outputs[1].Get<Page>()));
    }
}
