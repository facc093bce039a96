using System.Diagnostics.CodeAnalysis;
using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;
using Mend.Site.Strings;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mend.Site.Templates;

/// <summary>
/// Renders each page with its layout: <c>layouts/LAYOUT.sbn</c> around its content, then <c>layouts/_default.sbn</c>
/// around that. Every value a template prints is escaped unless it is trusted HTML. Documents without a page pass through.
/// </summary>
public sealed class ApplyLayout(TemplateLibrary library, SiteConfig site, PageUrls urls) : DocumentModule
{
    public const string DefaultLayout = "_default";

    // The same for every page of every build, so imported once; templates cannot change it.
    private static readonly ScriptObject Functions = CreateFunctions();

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var view = SiteView.Of(context.VisibleOutputs(), library.Strings);
        var shared = SiteGlobals(view);
        return MapInParallel(inputs, document =>
        {
            if (!document.TryGet<Page>(out var page))
            {
                return [document];
            }
            // A rebuild hands an unchanged page over again: if the site around it (its lists, its assets) did not
            // change either, the last run's page stands. The theme and site.yml do not change within one cache.
            return Reusing(context, document, view.Fingerprint, report => Lay(document, page, view, shared, report));
        });
    }

    private IReadOnlyList<Document> Lay(Document document, Page page, SiteView view, ScriptObject shared, Action<Diagnostic> report)
    {
        var state = new RenderState(page.Destination, urls, view, library, page.ServedAnywhere && !urls.Offline);
        var globals = new ScriptObject { ["page"] = PageView.Of(page), ["model"] = page.Model, ["review"] = ReviewView.Of(page, urls, library) };
        // One context for both layouts: what the page's layout sets, _default sees, and contexts are costly to make.
        var templateContext = new EscapingTemplateContext(state);
        templateContext.PushGlobal(Functions);
        templateContext.PushGlobal(shared);
        templateContext.PushGlobal(globals);
        var inner = Render(page.Layout, templateContext, globals, new TrustedHtml(document.Content), document, report);
        var html = inner is null ? null : Render(DefaultLayout, templateContext, globals, new TrustedHtml(inner), document, report);
        return html is null ? [] : [document.WithContent(html)];
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification =
        "Scriban finds these functions by reflection; the published mend keeps every member of Mend.Site (TrimmerRootAssembly in Mend.Cli).")]
    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(LinkFunctions));
        functions.Import(typeof(PartialFunctions));
        functions.Import(typeof(PageFunctions));
        functions.Import(typeof(StringFunctions));
        return functions;
    }

    private ScriptObject SiteGlobals(SiteView view) => new()
    {
        ["site"] = site,
        ["guides"] = view.Guides,
        ["sections"] = view.Sections,
        ["assessments"] = view.Assessments,
        ["social_image"] = SiteImages.SocialImage(site, view, urls),
        ["icons"] = SiteImages.Icons(site, view),
    };

    private string? Render(
        string layout,
        EscapingTemplateContext templateContext,
        ScriptObject globals,
        TrustedHtml content,
        Document document,
        Action<Diagnostic> report)
    {
        var template = library.Get(layout, out var errors);
        if (template is null)
        {
            foreach (var error in errors)
            {
                report(error);
            }
            return null;
        }

        globals["content"] = content;
        try
        {
            return template.Render(templateContext);
        }
        catch (ScriptRuntimeException exception)
        {
            var span = exception.Span;
            report(Diagnostic.Error(exception is MissingStringInTemplate ? ErrorCodes.MissingString : ErrorCodes.Template,
                $"{exception.OriginalMessage} (while rendering {(document.Source.Length > 0 ? document.Source : document.Destination)})",
                span.FileName, span.Start.Line + 1, span.Start.Column + 1));
            return null;
        }
    }
}
