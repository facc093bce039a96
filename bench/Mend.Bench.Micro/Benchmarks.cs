using BenchmarkDotNet.Attributes;
using Mend.Pipeline;
using Mend.Site.Catalogs;
using Mend.Site.Checks;
using Mend.Site.Config;
using Mend.Site.Core;
using Mend.Site.Guides;
using Mend.Site.Markdown;
using Mend.Site.Search;
using Mend.Site.Strings;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Bench.Micro;

/// <summary>Markdown to HTML (parse and render with the site's one pipeline) of one large generated guide.</summary>
[MemoryDiagnoser]
public class MarkdownRender
{
    private string _body = "";

    [Params(256 * 1024)]
    public int GuideBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var plan = BenchCorpus.Plan(1, GuideBytes);
        _body = BenchCorpus.Body(plan, plan.Guides[0]);
    }

    [Benchmark]
    public string Render() => BenchCorpus.Html(_body);
}

/// <summary>Resolving the xref: links of one rendered guide against the registry of a 1,000-guide site.</summary>
[MemoryDiagnoser]
public class LinkResolution
{
    private MarkedLinkResolver _resolver = null!;
    private string _html = "";
    private string _source = "";
    private string _destination = "";

    [GlobalSetup]
    public void Setup()
    {
        var plan = BenchCorpus.Plan(1000);
        _resolver = new MarkedLinkResolver(BenchCorpus.Urls, BenchCorpus.Registry(plan));
        var guide = plan.Guides[0];
        _html = BenchCorpus.Html(BenchCorpus.Body(plan, guide));
        _source = BenchCorpus.SourceOf(guide);
        _destination = BenchCorpus.DestinationOf(guide);
    }

    [Benchmark]
    public string Resolve() =>
        _resolver.Resolve(_html, _destination, _source, (line, column) => new SourceLocation(_source, line, column), _ => { });
}

/// <summary>The link check over N finished pages (each guide's resolved HTML in a small page around it).</summary>
[MemoryDiagnoser]
public class LinkValidation
{
    private BenchContext _context = null!;

    [Params(250, 1000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var plan = BenchCorpus.Plan(Pages);
        var resolver = new MarkedLinkResolver(BenchCorpus.Urls, BenchCorpus.Registry(plan));
        var documents = plan.Guides.Select(guide => new Document
        {
            Source = BenchCorpus.SourceOf(guide),
            Destination = BenchCorpus.DestinationOf(guide),
            Content = "<!DOCTYPE html><html lang=\"en\"><head><title>" + guide.Title + "</title></head><body>"
                + "<header><a href=\"../../\">Home</a></header><main id=\"main\"><h1>" + guide.Title + "</h1>"
                + BenchCorpus.ResolvedHtml(plan, guide, resolver) + "</main></body></html>",
        }).Append(new Document { Destination = "index.html", Content = "<!DOCTYPE html><title>Home</title>" }).ToList();
        _context = new BenchContext(documents);
        if (Validate().Result > 0)
        {
            throw new InvalidOperationException($"the generated pages have broken links: {_context.FirstError}");
        }
    }

    [Benchmark]
    public async Task<int> Validate()
    {
        await new ValidateLinks().ExecuteAsync([], _context);
        return _context.Errors;
    }
}

/// <summary>The default theme's guide layout around 100 rendered guides.</summary>
[MemoryDiagnoser]
public class Layout
{
    private ApplyLayout _layout = null!;
    private List<Document> _pages = [];
    private BenchContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchCorpus.RepositoryRoot();
        var theme = new ThemeFiles(Path.Combine(root, "input"), Path.Combine(root, "themes", "default"));
        var site = new SiteConfig("Mend benchmark corpus", "Generated guides.", BenchCorpus.BaseUrl, "en", "default", SupportNote: null);
        var strings = InterfaceStringsReader.Read([theme], "en", null, new List<Diagnostic>())
            ?? throw new InvalidOperationException("the default theme has no i18n/en.yml");
        _layout = new ApplyLayout(new TemplateLibrary(theme, strings), site, BenchCorpus.Urls);

        var plan = BenchCorpus.Plan(100);
        var resolver = new MarkedLinkResolver(BenchCorpus.Urls, BenchCorpus.Registry(plan));
        _pages = [.. plan.Guides.Select(guide => PageDocument.Create(
                new Page(PageKind.Guide, guide.Title, guide.Summary, $"/guides/{guide.Id}/", "guide")
                {
                    Id = guide.Id,
                    Tags = [.. guide.Tags],
                    Model = new GuideModel(SupportNote: null),
                },
                BenchCorpus.SourceOf(guide))
            .WithContent(BenchCorpus.ResolvedHtml(plan, guide, resolver)))];
        // The theme's assets and the search index, which the Search pipeline adds as an asset.
        var assets = theme.List(Asset.Folder, out _).Select(a => a.Relative).Append(SearchIndexFile.AssetName)
            .Select(name => new Document { Destination = $"{Asset.Folder}/{name}" }.With(new Asset(name)));
        _context = new BenchContext([.. _pages, .. assets]);
        if (Apply().Result != _pages.Count || _context.Errors > 0)
        {
            throw new InvalidOperationException($"the guide layout reported errors: {_context.FirstError}");
        }
    }

    [Benchmark]
    public async Task<int> Apply() => (await _layout.ExecuteAsync(_pages, _context)).Count;
}

/// <summary>The three nearest entries of every entry of a catalog of N entries (a 10,000-guide corpus has 1,000).</summary>
[MemoryDiagnoser]
public class Related
{
    private List<RuptureEntry> _entries = [];

    [Params(100, 1000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var at = new SourceLocation("input/catalogs/ruptures.yml", 1, 1);
        _entries = [.. BenchCorpus.Plan(Entries * 10).Entries.Select(e => new RuptureEntry(
            e.Id, e.Title, e.Severity, [.. e.Relationships],
            new Located<string>(e.Scenario, at), new Located<string>(e.Impact, at), e.Say, [.. e.Do],
            [.. e.Steps.Select(s => new Located<string>($"{s.Guide.Id}#{s.Section.Anchor}", at))],
            [.. e.Tags], [.. e.Related.Select(r => new Located<string>(r, at))], at))];
    }

    /// <summary>The whole catalog's related entries: the index built once, then each entry's nearest.</summary>
    [Benchmark]
    public int Nearest()
    {
        var related = new RelatedEntries(_entries);
        return _entries.Sum(entry => related.Nearest(entry, RelatedEntries.Count).Count);
    }
}
