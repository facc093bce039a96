using Mend.Pipeline;

namespace Mend.Site.Core;

/// <summary>Makes and changes the documents that carry a <see cref="Page"/>.</summary>
public static class PageDocument
{
    /// <summary>A document for <paramref name="page"/>, written to the page's destination.</summary>
    public static Document Create(Page page, string source = "") =>
        new Document { Source = source, Destination = page.Destination }.With(page);

    /// <summary>The document with its page changed by <paramref name="change"/>.</summary>
    public static Document WithPage(this Document document, Func<Page, Page> change) =>
        document.With(change(document.Get<Page>()));
}
