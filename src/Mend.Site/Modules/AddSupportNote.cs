using Mend.Pipeline;
using Mend.Site.Content;
using Mend.Site.Xrefs;

namespace Mend.Site.Modules;

/// <summary>
/// Puts the site's <c>support_note</c>, rendered, on the safety guide. Its links resolve like a guide's; a broken one
/// is an error at the note in <c>site.yml</c>. A note with no safety guide to show it is a warning.
/// </summary>
public sealed class AddSupportNote(PageUrls urls, SiteConfig site, string registryPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (site.SupportNote is not { } note)
        {
            return Task.FromResult(inputs);
        }
        if (!inputs.Any(IsSafetyGuide))
        {
            context.Report(note.Location.Warning(ErrorCodes.UnusedSupportNote,
                $"support_note is shown on the safety guide, and there is no guide with id '{Guide.SafetyId}'"));
            return Task.FromResult(inputs);
        }

        var registry = context.OutputsOf(registryPipeline).Single().Get(Keys.Registry);
        var resolver = new MarkedLinkResolver(urls, registry);
        var outputs = inputs.Select(document => IsSafetyGuide(document)
            ? document.WithMetadata(Keys.SupportNote, resolver.RenderField(note, document.Destination!, context.Report))
            : document).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private static bool IsSafetyGuide(Document document) =>
        document.TryGet(Keys.Guide, out var guide) && guide.Id == Guide.SafetyId;
}
