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
    /// <summary>
    /// Readies the edit for a run over <paramref name="documents"/>. The result gives, for one of them, the change to
    /// make to the element that holds its parsed HTML, or <c>null</c> when the edit leaves that document alone.
    /// </summary>
    Func<Document, Action<IElement>?> Prepare(IReadOnlyList<Document> documents, IExecutionContext context);
}
