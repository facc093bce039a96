using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;
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

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var view = SiteView.Of(context.VisibleOutputs());
        foreach (var document in inputs)
        {
            if (!document.TryGet<Page>(out var page))
            {
                yield return document;
                continue;
            }

            var state = new RenderState(page.Destination, urls, view.Assets, library, page.ServedAnywhere && !urls.Offline);
            var globals = Globals(page, view);
            var inner = Render(page.Layout, state, globals, new TrustedHtml(document.Content), document, context);
            var html = inner is null ? null : Render(DefaultLayout, state, globals, new TrustedHtml(inner), document, context);
            if (html is not null)
            {
                yield return document.WithContent(html);
            }
        }
    }

    private ScriptObject Globals(Page page, SiteView view)
    {
        var globals = new ScriptObject();
        globals.Import(typeof(LinkFunctions));
        globals.Import(typeof(PartialFunctions));
        globals["site"] = site;
        globals["guides"] = view.Guides;
        globals["sections"] = view.Sections;
        globals["assessments"] = view.Assessments;
        globals["page"] = PageView.Of(page);
        globals["model"] = page.Model;
        return globals;
    }

    private string? Render(
        string layout, RenderState state, ScriptObject globals, TrustedHtml content, Document document, IExecutionContext context)
    {
        var template = library.Get(layout, out var errors);
        if (template is null)
        {
            foreach (var error in errors)
            {
                context.Report(error);
            }
            return null;
        }

        var templateContext = new EscapingTemplateContext(state);
        globals["content"] = content;
        templateContext.PushGlobal(globals);
        try
        {
            return template.Render(templateContext);
        }
        catch (ScriptRuntimeException exception)
        {
            var span = exception.Span;
            context.Report(Diagnostic.Error(ErrorCodes.Template,
                $"{exception.OriginalMessage} (while rendering {(document.Source.Length > 0 ? document.Source : document.Destination)})",
                span.FileName, span.Start.Line + 1, span.Start.Column + 1));
            return null;
        }
    }
}
