using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Content;
using Mend.Site.Content.Assessments;
using Mend.Site.Templates;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mend.Site.Modules;

/// <summary>
/// Renders each document with a layout: <c>layouts/LAYOUT.sbn</c> around its content, then
/// <c>layouts/_default.sbn</c> around that. Every value a template prints is escaped unless it is trusted HTML.
/// </summary>
public sealed class ApplyLayout(TemplateLibrary library, SiteConfig site, PageUrls urls) : IModule
{
    public const string DefaultLayout = "_default";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var visible = context.VisibleOutputs();
        var assets = visible
            .Where(d => d.Has(Keys.AssetName))
            .ToImmutableDictionary(d => d.Get(Keys.AssetName), d => "/" + d.Destination, StringComparer.Ordinal);
        var guides = GuideOrder.Sort(visible.Where(d => d.Has(Keys.Guide)).Select(d => d.Get(Keys.Guide)))
            .Select(g => new PageLink(g.Title, g.Summary, g.Url))
            .ToList();
        // One link per section, under its label, with the description of its first page.
        var sections = visible
            .Where(d => d.Has(Keys.Section))
            .OrderBy(d => d.Destination, StringComparer.Ordinal)
            .DistinctBy(d => d.Get(Keys.Section))
            .Select(d => new PageLink(d.Get(Keys.Section), Description(d), PageUrls.UrlOf(d.Destination!)))
            .ToList();
        var assessments = visible
            .Where(d => d.TryGet(Keys.Parsed, out var parsed) && parsed is Assessment)
            .OrderBy(d => d.Destination, StringComparer.Ordinal)
            .Select(d => new PageLink(d.Get(Keys.Title), Description(d), PageUrls.UrlOf(d.Destination!)))
            .ToList();

        var outputs = new List<Document>();
        foreach (var document in inputs)
        {
            if (!document.TryGet(Keys.Layout, out var layout))
            {
                outputs.Add(document);
                continue;
            }

            var fromBasePath = document.TryGet(Keys.ServedAnywhere, out var anywhere) && anywhere && !urls.Offline;
            var state = new RenderState(document.Destination!, urls, assets, library, fromBasePath);
            var globals = Globals(document, guides, sections, assessments);
            var inner = Render(layout, state, globals, new TrustedHtml(document.Content), document, context);
            var page = inner is null ? null : Render(DefaultLayout, state, globals, new TrustedHtml(inner), document, context);
            if (page is not null)
            {
                outputs.Add(document.WithContent(page));
            }
        }
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private string Description(Document document) =>
        document.TryGet(Keys.Description, out var description) ? description : site.Description;

    private ScriptObject Globals(
        Document document, IReadOnlyList<PageLink> guides, IReadOnlyList<PageLink> sections, IReadOnlyList<PageLink> assessments)
    {
        var globals = new ScriptObject();
        globals.Import(typeof(LinkFunctions));
        globals.Import(typeof(PartialFunctions));
        globals["site"] = site;
        globals["guides"] = guides;
        globals["sections"] = sections;
        globals["assessments"] = assessments;
        globals["page"] = new
        {
            Title = document.Get(Keys.Title),
            Description = Description(document),
            Url = PageUrls.UrlOf(document.Destination!),
            Headings = document.TryGet(Keys.Headings, out var headings) ? headings : [],
            QuickExit = document.TryGet(Keys.QuickExit, out var quickExit) && quickExit,
            SupportNote = document.TryGet(Keys.SupportNote, out var supportNote) ? new TrustedHtml(supportNote) : null,
            Breadcrumbs = document.TryGet(Keys.Breadcrumbs, out var breadcrumbs) ? breadcrumbs : [],
            Previous = document.TryGet(Keys.Previous, out var previous) ? previous : null,
            Next = document.TryGet(Keys.Next, out var next) ? next : null,
            Tags = document.TryGet(Keys.Tags, out var tags)
                ? tags.Select(tag => new PageLink(tag, "", CreateTagPages.UrlOf(tag))).ToList()
                : [],
        };
        globals["model"] = document.TryGet(Keys.Model, out var model) ? model : null;
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
