using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Markdown;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.Guides;

/// <summary>
/// Renders a guide's <c>safety_note</c> (front matter) into its model, for the layout's safety callout. Its links
/// resolve like the guide's and are checked with them; a broken one is reported where it is written in the front matter.
/// </summary>
public sealed class AddSafetyNote(PageUrls urls, MarkdownWords? words = null) : DocumentModule
{
    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        if (document.Get<Guide>().SafetyNote is not { } note)
        {
            yield return document;
            yield break;
        }
        var resolver = new MarkedLinkResolver(urls, XrefsPipeline.Registry(context), words);
        var file = document.TryGet<YamlText>(out var text) ? text : null;
        var rendered = resolver.RenderField(note, file, document.Get<Page>().Destination, context.Report);
        var links = document.TryGet<WrittenLinks>(out var own) ? own.And(rendered.Links) : rendered.Links;
        yield return document.WithPage(page => page with
        {
            Model = (page.Model as GuideModel ?? new GuideModel(null)) with { SafetyNote = new TrustedHtml(rendered.Html) },
        }).With(links);
    }
}
