using AngleSharp.Dom;
using Mend.Pipeline;
using Document = Mend.Pipeline.Document;

namespace Mend.Site.Html;

/// <summary>
/// A change to the tree of a page's HTML, made with others in one parse by the module that owns the pages (such as
/// <c>Guides/EditGuideHtml</c>). It is readied once per run, with all the documents of that run, and then says what it
/// does to each one.
/// </summary>
public interface IHtmlEdit
{
    /// <summary>Readies the edit for a run over <paramref name="documents"/>.</summary>
    PreparedEdit Prepare(IReadOnlyList<Document> documents, IExecutionContext context);
}

/// <summary>
/// An edit readied for one run. <see cref="ChangeOf"/> gives, for a document, the change to make to the element that
/// holds its parsed HTML (reporting any problem to the action it is given), or null when the edit leaves that
/// document alone. <see cref="Key"/> stands for everything the changes depend on besides the document itself (the
/// ids of the site, who cites what): two runs with equal keys make the same change to the same document, so a
/// rebuild may reuse the last run's result for a document it is handed again.
/// </summary>
public sealed record PreparedEdit(string Key, Func<Document, Action<IElement, Action<Diagnostic>>?> ChangeOf);
