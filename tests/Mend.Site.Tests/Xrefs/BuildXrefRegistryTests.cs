using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Xrefs;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Xrefs;

public sealed class BuildXrefRegistryTests
{
    private static async Task<(XrefRegistry Registry, List<Diagnostic> Diagnostics)> Build(
        Dictionary<string, IReadOnlyList<Document>> read, Dictionary<string, IReadOnlyList<Document>>? visible = null)
    {
        var context = new FakeContext(visible ?? Pipelines(), read);
        var outputs = await new BuildXrefRegistry("Guides", "Catalogs").ExecuteAsync([], context);
        var output = Assert.Single(outputs);
        Assert.Null(output.Destination);
        return (output.Get<XrefRegistry>(), context.Diagnostics);
    }

    private static Document Located(string id, string file, int line, int column) =>
        PageDocument.Create(new Page(PageKind.Guide, id, "", $"/{file}/{line}/", "guide")
        {
            Id = id,
            Location = new SourceLocation(file, line, column),
        }, file);

    [Fact]
    public async Task TheIdsComeFromWhatTheContentPipelinesReadAndFromTheVisibleOutputs()
    {
        var tag = PageDocument.Create(new Page(PageKind.Tag, "Topic: trust", "", "/tags/trust/", "tag") { Id = "tag:trust" });
        var read = Pipelines(
            ("Guides", [Steps(), PageDocument.Create(new Page(PageKind.Guide, "No id", "", "/guides/no-id/", "guide"))]),
            ("Catalogs", [IdPage(PageKind.Catalog, "ruptures", "Ruptures", "/ruptures/", "input/catalogs/ruptures.yml")]),
            ("Assessments", [IdPage(PageKind.Assessment, "check", "Check", "/check/", "input/assessments/check.yml")]));

        var (registry, diagnostics) = await Build(read, Pipelines(("Tags", [tag])));

        Assert.Empty(diagnostics);
        Assert.Equal(["ruptures", "steps", "tag:trust"], registry.All.Select(t => t.Id));
        Assert.True(registry.TryGet("steps", out var steps));
        Assert.Equal(("Steps", "/guides/steps/", "Say sorry"), (steps.Title, steps.Url, steps.Anchors["apologize"]));
    }

    [Fact]
    public async Task ARepeatedIdIsAnErrorAtItsSecondDeclarationInFileOrder()
    {
        // Given in the other order: which declaration is "second" goes by file and line, not by pipeline order.
        var read = Pipelines(
            ("Guides", [Located("steps", "input/guides/b.md", 3, 5)]),
            ("Catalogs", [Located("steps", "input/catalogs/a.yml", 12, 9)]));

        var (_, diagnostics) = await Build(read);

        var error = Diagnostics.Only(diagnostics, ErrorCodes.DuplicateId, "input/guides/b.md", 3, 5);
        Assert.Equal("id 'steps' is already used by input/catalogs/a.yml:12:9; ids are unique across the whole site", error.Message);
    }

    [Fact]
    public async Task APagePastTheLimitIsAnErrorAtItsDeclaration()
    {
        var read = Pipelines(("Guides", [Located("a", "input/guides/a.md", 2, 5), Located("b", "input/guides/b.md", 2, 5), Located("c", "input/guides/c.md", 2, 5)]));
        var context = new FakeContext(Pipelines(), read);

        await new BuildXrefRegistry("Guides") { MaxPages = 2 }.ExecuteAsync([], context);

        var error = Diagnostics.Only(context.Diagnostics, ErrorCodes.LimitExceeded, "input/guides/c.md", 2, 5);
        Assert.Equal("this is one page more than the 2 a site may have; split the site, or merge small pages", error.Message);
    }

    [Fact]
    public async Task LinksToARepeatedIdResolveToNothingAndReportNothingMore()
    {
        var read = Pipelines(
            ("Guides", [Located("steps", "input/guides/a.md", 1, 1), Located("steps", "input/guides/b.md", 1, 1)]),
            ("Catalogs", []));
        var (registry, _) = await Build(read);
        var reported = new List<Diagnostic>();

        var whole = registry.Resolve("steps", new SourceLocation("input/guides/c.md", 4, 2), reported.Add);
        var section = registry.Resolve("steps#nowhere", new SourceLocation("input/guides/c.md", 5, 2), reported.Add);

        Assert.Equal((null, null), (whole, section));
        Assert.Empty(reported);
    }

    [Fact]
    public async Task ALinkToACatalogFileMeansTheFirstIdTheFileDeclares()
    {
        const string file = "input/catalogs/ruptures.yml";
        var read = Pipelines(
            ("Guides", []),
            ("Catalogs", [Located("an-entry", file, 14, 9), Located("ruptures", file, 2, 5)]));

        var (registry, _) = await Build(read);

        Assert.True(registry.TryGetBySource(Path.GetFullPath(file), out var target));
        Assert.Equal("ruptures", target.Id);
    }
}
