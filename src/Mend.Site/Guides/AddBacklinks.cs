using AngleSharp.Dom;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Html;
using Mend.Site.Xrefs;
using Document = Mend.Pipeline.Document;
using Mend.Site.Strings;

namespace Mend.Site.Guides;

/// <summary>
/// Lists, at the end of each section that the pages other pipelines read cite (<see cref="Citations"/>, such as a
/// catalog entry's steps), the pages that cite it. A citation of the whole page is listed at its end.
/// </summary>
public sealed class AddBacklinks(PageUrls urls, InterfaceStrings strings, params string[] citingPipelines) : IHtmlEdit
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
        var cited = bySection.ToDictionary(g => g.Key, StringComparer.Ordinal);
        var lists = new List<(IGrouping<string, Page> Section, IElement? Before)>();
        foreach (var (id, end) in SectionEnds(container))
        {
            if (cited.Remove(id, out var section))
            {
                lists.Add((section, end));
            }
        }
        // A section without its heading, then the whole page, go last of all.
        var rest = cited.Values.OrderBy(s => s.Key.Length == 0).ThenBy(s => s.Key, StringComparer.Ordinal);
        lists.AddRange(rest.Select(section => (section, (IElement?)null)));

        foreach (var (section, before) in lists)
        {
            var list = List(container.Owner!, destination, section.Key.Length == 0, section);
            if (before is null)
            {
                container.AppendChild(list);
            }
            else
            {
                container.InsertBefore(list, before);
            }
        }
    }

    /// <summary>
    /// Each heading's id with the element its section ends before (null at the page's end), in one pass: a section runs
    /// from its heading to the next heading of the same or a higher rank. A subsection comes before the section around
    /// it, so that its list goes in first. A repeated id counts at its first heading only.
    /// </summary>
    private static List<(string Id, IElement? End)> SectionEnds(IElement container)
    {
        var ends = new List<(string, IElement?)>();
        var open = new Stack<(string Id, int Level)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in container.Children)
        {
            var level = Level(element);
            if (level == 0 || element.Id is not { Length: > 0 } id)
            {
                continue;
            }
            while (open.TryPeek(out var section) && section.Level >= level)
            {
                ends.Add((open.Pop().Id, element));
            }
            if (seen.Add(id))
            {
                open.Push((id, level));
            }
        }
        ends.AddRange(open.Select(section => (section.Id, (IElement?)null)));
        return ends;
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
        summary.TextContent = strings.Text(wholePage ? "cited_by_guide" : "cited_by_step", pages.Count);
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

    private static int Level(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'] name ? name[1] - '0' : 0;
}
