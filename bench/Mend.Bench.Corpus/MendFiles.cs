using System.Globalization;
using System.Text;

namespace Mend.Bench.Corpus;

/// <summary>The corpus as a Mend input folder: site.yml, the guides and one rupture catalog.</summary>
public static class MendFiles
{
    public static IEnumerable<(string Path, string Text)> Of(CorpusPlan plan)
    {
        yield return ("site.yml", """
            title: Mend benchmark corpus
            description: Generated guides for timing builds; the words mean nothing.
            base_url: https://bench.example.org/
            language: en
            theme: default

            """);
        foreach (var guide in plan.Guides)
        {
            yield return ($"guides/{guide.Id}.md", Guide(plan, guide));
        }
        yield return ("catalogs/ruptures.yml", Catalog(plan));
    }

    public static string Guide(CorpusPlan plan, GuidePlan guide) =>
        FrontMatter(guide) + GuideBody.Write(plan, guide, Link);

    public static string FrontMatter(GuidePlan guide) => string.Create(CultureInfo.InvariantCulture, $"""
        ---
        title: {guide.Title}
        summary: {guide.Summary}
        order: {guide.Index}
        tags: [{string.Join(", ", guide.Tags)}]
        ---

        """);

    /// <summary><c>[text](xref:ID#anchor)</c>, or <c>[](xref:ID#anchor)</c> for Mend to fill in.</summary>
    public static string Link(LinkSpec link) =>
        $"[{link.Text}](xref:{Reference(link.Target, link.Section)})";

    private static string Reference(GuidePlan guide, Section? section) =>
        section is null ? guide.Id : $"{guide.Id}#{section.Anchor}";

    private static string Catalog(CorpusPlan plan)
    {
        var yaml = new StringBuilder();
        yaml.Append("""
            kind: ruptures
            id: ruptures
            title: Generated ruptures
            summary: >-
              Generated examples for timing builds, each citing steps of the generated guides.
            severities:

            """);
        foreach (var (id, title) in CorpusPlan.Severities)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    title: {title}\n    summary: Generated {id} examples.\n");
        }
        yaml.Append("entries:\n");
        foreach (var entry in plan.Entries)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  - id: {entry.Id}
                    title: {entry.Title}
                    severity: {entry.Severity}
                    relationships: [{string.Join(", ", entry.Relationships)}]
                    scenario: >-
                      {entry.Scenario} See {Link(entry.ScenarioLink)}.
                    impact: >-
                      {entry.Impact}
                    repair:
                      say: "{entry.Say}"

                """);
            if (entry.Do.Count > 0)
            {
                yaml.Append("      do:\n");
                foreach (var action in entry.Do)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"        - \"{action}\"\n");
                }
            }
            yaml.Append(CultureInfo.InvariantCulture, $"    steps: [{string.Join(", ", entry.Steps.Select(s => Reference(s.Guide, s.Section)))}]\n");
            yaml.Append(CultureInfo.InvariantCulture, $"    tags: [{string.Join(", ", entry.Tags)}]\n");
            if (entry.Related.Count > 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    related: [{string.Join(", ", entry.Related)}]\n");
            }
        }
        return yaml.ToString();
    }
}
