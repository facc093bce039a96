using AngleSharp.Dom;
using Mend.Pipeline;
using Mend.Site.Html;
using Mend.Site.Search;
using Document = Mend.Pipeline.Document;

namespace Mend.Site.Guides;

/// <summary>
/// Does the Process work on each guide's HTML in one parse: makes the <paramref name="edits"/> that apply to it, in
/// order, writes the HTML back if any did, and hands search the guide's sections from the same finished tree
/// (<see cref="SearchSections"/>). A guide that no edit applies to keeps its HTML as the Markdown rendered it.
/// </summary>
public sealed class EditGuideHtml(params IHtmlEdit[] edits) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var prepared = edits.Select(edit => edit.Prepare(inputs, context)).ToList();
        var key = string.Join('\n', prepared.Select(edit => edit.Key));
        // A rebuild hands unchanged guides over again: if nothing the edits depend on changed either, the last run's
        // result stands.
        return MapInParallel(inputs, document => Reusing(context, document, key, report =>
        {
            var changes = prepared.Select(edit => edit.ChangeOf(document)).OfType<Action<IElement, Action<Diagnostic>>>().ToList();
            var container = HtmlFragments.Parse(document.Content);
            foreach (var change in changes)
            {
                change(container, report);
            }
            var edited = changes.Count == 0 ? document : document.WithContent(HtmlFragments.Serialize(container));
            return [edited.With(SectionSplitter.Split(container))];
        }));
    }
}
