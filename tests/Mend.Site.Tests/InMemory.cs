using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;
using Mend.Site.Guides;
using Mend.Site.Xrefs;

namespace Mend.Site.Tests;

/// <summary>Builders for running one module over in-memory pages, with a <see cref="FakeContext"/>.</summary>
internal static class InMemory
{
    public static readonly PageUrls Urls = new("https://example.test/", offline: false);

    public static SiteConfig SiteConfigWith(Located<string>? supportNote = null, string language = "en") =>
        new("Mend", "Guides to repair.", "https://example.test/", language, "default", supportNote);

    /// <summary>A page with an id, declared at line 1, column 1 of its source, as a reader would make it.</summary>
    public static Document IdPage(PageKind kind, string id, string title, string url, string source, params Heading[] headings) =>
        PageDocument.Create(new Page(kind, title, $"About {title}.", url, kind.Id)
        {
            Id = id,
            Location = new SourceLocation(source, 1, 1),
            Headings = [.. headings],
        }, source);

    /// <summary>A guide as ParseGuides and RenderMarkdown leave it: its front matter, its page at /guides/ID/, and HTML.</summary>
    public static Document GuidePage(
        string id, string title, int? order = null, string html = "", string[]? tags = null, DateOnly? updated = null, params Heading[] headings)
    {
        var source = $"input/guides/{id}.md";
        var guide = new Guide(id, title, $"About {title}.", order, [.. tags ?? []], updated, new SourceLocation(source, 1, 1));
        return PageDocument.Create(new Page(PageKind.Guide, title, guide.Summary, guide.Url, "guide")
        {
            Id = id,
            Location = guide.IdLocation,
            Headings = [.. headings],
            Tags = guide.Tags,
            Updated = updated,
        }, source).With(guide).WithContent(html);
    }

    /// <summary>The guide "Steps" at /guides/steps/ with the section "Say sorry" (#apologize).</summary>
    public static Document Steps() => GuidePage("steps", "Steps", headings: new Heading("apologize", "Say sorry", 2));

    /// <summary>Documents by pipeline name, for <see cref="FakeContext"/>.</summary>
    public static Dictionary<string, IReadOnlyList<Document>> Pipelines(params (string Name, Document[] Documents)[] pipelines) =>
        pipelines.ToDictionary(p => p.Name, p => (IReadOnlyList<Document>)p.Documents);

    /// <summary>The registry that <see cref="BuildXrefRegistry"/> makes of these pages, as if one content pipeline read them.</summary>
    public static async Task<XrefRegistry> RegistryOf(params Document[] pages)
    {
        var context = new FakeContext(Pipelines(), Pipelines(("Read", pages)));
        var outputs = await new BuildXrefRegistry("Read").ExecuteAsync([], context);
        Assert.Empty(context.Diagnostics);
        return Assert.Single(outputs).Get<XrefRegistry>();
    }

    /// <summary>What the Xrefs pipeline shows the pipelines that depend on it: one document holding the registry.</summary>
    public static (string Name, Document[] Documents) RegistryOutput(XrefRegistry registry) =>
        (nameof(XrefsPipeline), [new Document().With(registry)]);
}
