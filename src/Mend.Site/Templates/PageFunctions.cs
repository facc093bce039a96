using Scriban;

namespace Mend.Site.Templates;

/// <summary>Template functions that look pages up without looping over the site.</summary>
public static class PageFunctions
{
    /// <summary>
    /// <c>{{ safety = page_by_id "safety" }}</c> gives the page with that id (its <c>title</c>, <c>summary</c> and
    /// <c>url</c>), or null when the site has none: a layout can link a page only when it exists.
    /// </summary>
    public static Core.PageLink? PageById(TemplateContext context, string id) =>
        ((EscapingTemplateContext)context).State.Site.PagesById.GetValueOrDefault(id);
}
