using Mend.Pipeline;
using Mend.Site.Checks;
using Mend.Site.Core;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Checks;

public sealed class CheckUniqueDestinationsTests
{
    private const string Catalog = "input/catalogs/ruptures.yml";

    private static async Task<List<Diagnostic>> Check(params (string Name, Document[] Documents)[] visible)
    {
        var context = new FakeContext(Pipelines(visible));
        var input = new Document { Destination = "kept.html" };

        var outputs = await new CheckUniqueDestinations().ExecuteAsync([input], context);

        Assert.Same(input, Assert.Single(outputs));
        return context.Diagnostics;
    }

    [Fact]
    public async Task TwoPagesWrittenToOneFileAreAnErrorAtTheIdThatCanBeRenamed()
    {
        // A severity page declares no id; the entry whose id is the severity's does, at line 20.
        var severity = PageDocument.Create(new Page(PageKind.Severity, "Minor", "", "/ruptures/minor/", "severity"), Catalog);
        var entry = IdPage(PageKind.Rupture, "minor", "Minor", "/ruptures/minor/", Catalog)
            .WithPage(p => p with { Location = new SourceLocation(Catalog, 20, 9) });

        var diagnostics = await Check(("Catalogs", [severity, entry]), ("Other", [new Document { Destination = "ruptures/index.html" }]));

        var error = Diagnostics.Only(diagnostics, ErrorCodes.DuplicateDestination, Catalog, 20, 9);
        Assert.Equal($"2 pages would be written to 'ruptures/minor/index.html' (from {Catalog}); rename one of them", error.Message);
    }

    [Fact]
    public async Task ClashesWithoutADeclaredIdAreReportedAtTheFirstSourceInDestinationOrder()
    {
        var diagnostics = await Check(
            ("A", [new Document { Source = "input/z.yml", Destination = "z.html" }, new Document { Destination = "z.html" }]),
            ("B", [new Document { Source = "input/b.md", Destination = "a.html" }, new Document { Source = "input/a.md", Destination = "a.html" }]));

        Assert.Equal(
            [
                (ErrorCodes.DuplicateDestination, "input/b.md", "2 pages would be written to 'a.html' (from input/a.md, input/b.md); rename one of them"),
                (ErrorCodes.DuplicateDestination, "input/z.yml", "2 pages would be written to 'z.html' (from input/z.yml, the site itself); rename one of them"),
            ],
            diagnostics.Select(d => (d.Code, d.File, d.Message)));
    }

    [Fact]
    public async Task DocumentsThatAreNotWrittenNeverClash()
    {
        var diagnostics = await Check(("A", [new Document { Source = "a" }, new Document { Source = "b" }, new Document { Destination = "a.html" }]));

        Assert.Empty(diagnostics);
    }
}
