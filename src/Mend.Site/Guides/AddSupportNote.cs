using Mend.Pipeline;
using Mend.Site.Config;
using Mend.Site.Core;
using Mend.Site.Markdown;
using Mend.Site.Templates;
using Mend.Site.Xrefs;

namespace Mend.Site.Guides;

/// <summary>
/// Puts the site's <c>support_note</c>, rendered, and the emergency numbers and helpline note of its <c>safety</c>
/// block on the safety guide. The note's links resolve like a guide's; a broken one is an error at the note in
/// <c>site.yml</c>. A note with no safety guide to show it is a warning.
/// </summary>
public sealed class AddSupportNote(PageUrls urls, SiteConfig site, MarkdownWords? words = null) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var contacts = site.Safety.HasContacts ? site.Safety : null;
        if (site.SupportNote is not { } note)
        {
            return contacts is null ? inputs : inputs.Select(document => IsSafetyGuide(document) ? WithContacts(document, contacts) : document);
        }
        if (!inputs.Any(IsSafetyGuide))
        {
            context.Report(note.Location.Warning(ErrorCodes.UnusedSupportNote,
                $"support_note is shown on the safety guide, and there is no guide with id '{Guide.SafetyId}'"));
            return inputs;
        }

        var resolver = new MarkedLinkResolver(urls, XrefsPipeline.Registry(context), words);
        return inputs.Select(document => IsSafetyGuide(document) ? WithNote(document, resolver, note, contacts, context) : document);
    }

    private static Document WithContacts(Document guide, SafetySettings contacts) =>
        guide.WithPage(page => page with { Model = (page.Model as GuideModel ?? new GuideModel(null)) with { Safety = contacts } });

    private Document WithNote(
        Document guide, MarkedLinkResolver resolver, Located<string> note, SafetySettings? contacts, IExecutionContext context)
    {
        var rendered = resolver.RenderField(note, site.Source, guide.Get<Page>().Destination, context.Report);
        // The note's links are checked with the guide's, and a broken one reported in site.yml.
        var links = guide.TryGet<WrittenLinks>(out var own) ? own.And(rendered.Links) : rendered.Links;
        return guide.WithPage(page => page with
        {
            Model = (page.Model as GuideModel ?? new GuideModel(null)) with { SupportNote = new TrustedHtml(rendered.Html), Safety = contacts },
        }).With(links);
    }

    private static bool IsSafetyGuide(Document document) => document.Get<Guide>().Id == Guide.SafetyId;
}
