using System.Collections.Immutable;
using AngleSharp.Dom;
using Mend.Site.Html;

namespace Mend.Site.Search;

/// <summary>
/// Splits a page's parsed Markdown into sections: each heading with an id starts one, and the text before the
/// first heading is the page's introduction. Backlink lists are left out; they are other pages' titles.
/// </summary>
public static class SectionSplitter
{
    /// <summary>The sections of the HTML that <paramref name="container"/> holds (see <see cref="HtmlFragments.Parse"/>).</summary>
    public static SearchSections Split(IElement container)
    {
        var sections = ImmutableArray.CreateBuilder<SearchSection>();
        var (anchor, heading) = ("", "");
        var text = new List<string>();
        foreach (var element in container.Children)
        {
            if (element.LocalName is ['h', >= '1' and <= '6'] && element.Id is { Length: > 0 } id)
            {
                Close();
                (anchor, heading) = (id, PlainText.Of(element));
            }
            else if (!element.ClassList.Contains("cited-by"))
            {
                text.Add(PlainText.Of(element));
            }
        }
        Close();
        return new SearchSections(sections.ToImmutable());

        void Close()
        {
            var body = string.Join(' ', text.Where(t => t.Length > 0));
            if (body.Length > 0 || heading.Length > 0)
            {
                sections.Add(new SearchSection(anchor, heading, body));
            }
            text.Clear();
        }
    }
}
