using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Templates;
using static Mend.Site.Tests.InMemory;

namespace Mend.Site.Tests.Templates;

/// <summary>ApplyLayout with a small theme written to a temporary folder; the real theme's pages are tested through builds.</summary>
public sealed class ApplyLayoutTests : IDisposable
{
    private const string Broken = "<article>\n  {{ asset \"missing.css\" }}\n</article>\n";

    private readonly string _root = Path.Join(Path.GetTempPath(), "mend-layout-tests", Guid.NewGuid().ToString("N"));

    public ApplyLayoutTests()
    {
        Write("_default", "<html><title>{{ page.title }} – {{ site.title }}</title><link href=\"{{ asset \"site.css\" }}\">{{ content }}</html>");
        Write("guide", "<article><a href=\"{{ url \"/guides/other/\" }}\">Other</a>{{ content }}</article>");
        Write("broken", Broken);
    }

    private string Theme => Path.Join(_root, "theme");

    private void Write(string layout, string text)
    {
        Directory.CreateDirectory(Path.Join(Theme, "layouts"));
        File.WriteAllText(Path.Join(Theme, "layouts", layout + ".sbn"), text);
    }

    private async Task<(IReadOnlyList<Document> Outputs, List<Diagnostic> Diagnostics)> Apply(params Document[] documents)
    {
        var stylesheet = new Document { Destination = "assets/site.0123456789.css" }.With(new Asset("site.css"));
        var context = new FakeContext(Pipelines(("Assets", [stylesheet])));
        var library = new TemplateLibrary(new ThemeFiles(Path.Join(_root, "input"), Theme), Strings.EnglishStrings.Value);
        var outputs = await new ApplyLayout(library, SiteConfigWith(), Urls).ExecuteAsync(documents, context);
        return (outputs, context.Diagnostics);
    }

    [Fact]
    public async Task APageIsRenderedWithItsLayoutInsideTheDefaultLayoutWithItsTextEscapedAndItsLinksRelative()
    {
        var page = GuidePage("a", "Tea & biscuits", html: "<p>Rendered <em>Markdown</em>.</p>");

        var (outputs, diagnostics) = await Apply(page);

        Assert.Empty(diagnostics);
        Assert.Equal(
            "<html><title>Tea &amp; biscuits – Mend</title><link href=\"../../assets/site.0123456789.css\">"
            + "<article><a href=\"../other/\">Other</a><p>Rendered <em>Markdown</em>.</p></article></html>",
            Assert.Single(outputs).Content);
    }

    [Fact]
    public async Task ADocumentWithoutAPagePassesThroughUnchanged()
    {
        var robots = new Document { Destination = "robots.txt", Content = "User-agent: *\n" };

        var (outputs, diagnostics) = await Apply(robots);

        Assert.Empty(diagnostics);
        Assert.Same(robots, Assert.Single(outputs));
    }

    [Fact]
    public async Task AnErrorWhileRenderingIsReportedAtTheTemplatesLineAndColumnAndThePageIsDropped()
    {
        var page = GuidePage("a", "A").WithPage(p => p with { Layout = "broken" });

        var (outputs, diagnostics) = await Apply(page);

        Assert.Empty(outputs);
        var (line, column) = TextPosition.Of(Broken, "asset");
        var error = Diagnostics.Only(diagnostics, ErrorCodes.Template, Path.Join(Theme, "layouts", "broken.sbn").Replace('\\', '/'), line, column);
        Assert.Equal("the theme has no asset 'assets/missing.css' (while rendering input/guides/a.md)", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
