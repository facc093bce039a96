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
        return MapInParallel(inputs, document =>
        {
            // A rebuild hands unchanged guides over again: if nothing the edits depend on changed either, the last
            // run's result stands.
            if (context.Cache is { } cache && cache.TryGet<Edited>(document, out var last) && last.Key == key)
            {
                last.Diagnostics.ForEach(context.Report);
                return [last.Output];
            }
            var diagnostics = new List<Diagnostic>();
            var changes = prepared.Select(edit => edit.ChangeOf(document)).OfType<Action<IElement, Action<Diagnostic>>>().ToList();
            var container = HtmlFragments.Parse(document.Content);
            foreach (var change in changes)
            {
                change(container, diagnostics.Add);
            }
            var edited = changes.Count == 0 ? document : document.WithContent(HtmlFragments.Serialize(container));
            var output = edited.With(SectionSplitter.Split(container));
            context.Cache?.Set(document, new Edited(key, output, diagnostics));
            diagnostics.ForEach(context.Report);
            return [output];
        });
    }

    /// <summary>What one guide became, under which key, and what its edits reported.</summary>
    private sealed record Edited(string Key, Document Output, List<Diagnostic> Diagnostics);
}
