using AngleSharp.Dom;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;
using Mend.Site.Xrefs;
using Document = Mend.Pipeline.Document;

namespace Mend.Site.Guides;

/// <summary>
/// Lists, at the end of each section that the pages other pipelines read cite (<see cref="Citations"/>, such as a
/// catalog entry's steps), the pages that cite it. A citation of the whole page is listed at its end.
/// </summary>
public sealed class AddBacklinks(PageUrls urls, params string[] citingPipelines) : IHtmlEdit
{
    public PreparedEdit Prepare(IReadOnlyList<Document> documents, IExecutionContext context)
    {
        var cited = citingPipelines.SelectMany(context.InputsOf)
            .Where(d => d.Has<Citations>())
            .SelectMany(citing => citing.Get<Citations>().References.Select(reference => reference.Split('#', 2))
                .Select(parts => (Id: parts[0], Anchor: parts.Length > 1 ? parts[1] : "", Citing: citing.Get<Page>())))
            .ToList();
        var citations = cited.ToLookup(c => c.Id, StringComparer.Ordinal);

        return new PreparedEdit(Key(cited), document =>
        {
            var page = document.Get<Page>();
            if (page.Id is null || !citations.Contains(page.Id))
            {
                return null;
            }
            var bySection = citations[page.Id].GroupBy(c => c.Anchor, c => c.Citing, StringComparer.Ordinal).ToList();
            return (container, _) => Insert(container, page.Destination, bySection);
        });
    }

    /// <summary>What the lists depend on: who cites which section, with the citing page's title and address.</summary>
    private static string Key(IEnumerable<(string Id, string Anchor, Page Citing)> cited) => Fingerprint.Of(
        cited.Select(c => $"{c.Id}#{c.Anchor} {c.Citing.Url} {c.Citing.Destination} {c.Citing.Title}").Order(StringComparer.Ordinal));

    private void Insert(IElement container, string destination, List<IGrouping<string, Page>> bySection)
    {
        var headings = container.Children.Where(e => Level(e) > 0 && e.Id is { Length: > 0 }).ToList();
        // Each list goes just before its section's end, so a subsection's list must go in before the list of the
        // section around it: work from the last heading back. Whole-page lists go last of all.
        var ordered = bySection
            .Select(g => (Section: g, Heading: headings.FirstOrDefault(h => h.Id == g.Key)))
            .OrderBy(s => s.Section.Key.Length == 0)
            .ThenByDescending(s => s.Heading is null ? int.MaxValue : headings.IndexOf(s.Heading))
            .ThenBy(s => s.Section.Key, StringComparer.Ordinal);
        foreach (var (section, heading) in ordered)
        {
            var list = List(container.Owner!, destination, section.Key.Length == 0, section);
            var end = heading is null ? null : SectionEnd(heading);
            if (end is null)
            {
                container.AppendChild(list);
            }
            else
            {
                container.InsertBefore(list, end);
            }
        }
    }

    // A folded list: a step can be cited by dozens of entries, and the section should still read as one.
    private IElement List(IDocument owner, string destination, bool wholePage, IEnumerable<Page> citing)
    {
        var pages = citing.DistinctBy(p => p.Url)
            .OrderBy(p => p.Title, StringComparer.Ordinal)
            .ThenBy(p => p.Destination, StringComparer.Ordinal)
            .ToList();
        var block = owner.CreateElement("details");
        block.ClassName = "cited-by";
        var summary = owner.CreateElement("summary");
        summary.TextContent = (wholePage ? "See this guide in practice" : "See this step in practice")
            + (pages.Count == 1 ? " (1 example)" : $" ({pages.Count} examples)");
        var list = owner.CreateElement("ul");
        foreach (var page in pages)
        {
            var link = owner.CreateElement("a");
            link.SetAttribute("href", urls.Relative(destination, page.Url));
            link.TextContent = page.Title;
            var item = owner.CreateElement("li");
            item.AppendChild(link);
            list.AppendChild(item);
        }
        block.AppendChild(summary);
        block.AppendChild(list);
        return block;
    }

    // A section runs from its heading to the next heading of the same or a higher rank.
    private static IElement? SectionEnd(IElement heading)
    {
        for (var next = heading.NextElementSibling; next is not null; next = next.NextElementSibling)
        {
            if (Level(next) is > 0 and var level && level <= Level(heading))
            {
                return next;
            }
        }
        return null;
    }

    private static int Level(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'] name ? name[1] - '0' : 0;
}
