using System.Globalization;

namespace Mend.Bench.Corpus;

/// <summary>What to generate: <see cref="Pages"/> guides, or one guide of about <see cref="GuideBytes"/> bytes when it is set.</summary>
public sealed record CorpusOptions(int Pages, int Seed, long GuideBytes = 0)
{
    public bool OneBigGuide => GuideBytes > 0;
}

public sealed record Section(string Anchor, string Heading);

/// <summary>A guide's front matter and headings, drawn before any body so that links can name any guide's sections.</summary>
public sealed record GuidePlan(int Index, string Id, string Title, string Summary, IReadOnlyList<string> Tags, IReadOnlyList<Section> Sections)
{
    public string Slug => Id;
}

/// <summary>A link in a guide or a catalog field: to a guide, or to one of its sections; an empty text is filled by Mend.</summary>
public sealed record LinkSpec(GuidePlan Target, Section? Section, string Text);

public sealed record EntryPlan(
    int Index,
    string Id,
    string Title,
    string Severity,
    IReadOnlyList<string> Relationships,
    string Scenario,
    LinkSpec ScenarioLink,
    string Impact,
    string Say,
    IReadOnlyList<string> Do,
    IReadOnlyList<(GuidePlan Guide, Section Section)> Steps,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Related);

/// <summary>The whole corpus, planned from the seed: the guides, their sections and the catalog's entries.</summary>
public sealed class CorpusPlan
{
    public static readonly IReadOnlyList<(string Id, string Title)> Severities =
        [("minor", "Minor ruptures"), ("moderate", "Moderate ruptures"), ("major", "Major ruptures")];

    public static readonly IReadOnlyList<string> RelationshipKinds = ["romantic", "friendship", "family", "work", "other"];

    /// <summary>Sections of the one big guide: one per this many bytes.</summary>
    public const int BytesPerBigSection = 4000;

    private CorpusPlan(CorpusOptions options, IReadOnlyList<GuidePlan> guides, IReadOnlyList<EntryPlan> entries)
    {
        Options = options;
        Guides = guides;
        Entries = entries;
    }

    public CorpusOptions Options { get; }

    public IReadOnlyList<GuidePlan> Guides { get; }

    public IReadOnlyList<EntryPlan> Entries { get; }

    public static CorpusPlan Create(CorpusOptions options)
    {
        var count = options.OneBigGuide ? 1 : options.Pages;
        var guides = Enumerable.Range(1, count).Select(i => PlanGuide(options, i)).ToList();
        var entryCount = Math.Max(1, count / 10);
        var entries = Enumerable.Range(1, entryCount).Select(j => PlanEntry(options.Seed, j, entryCount, guides)).ToList();
        return new CorpusPlan(options, guides, entries);
    }

    public static string GuideId(int index) => "g" + index.ToString("D5", CultureInfo.InvariantCulture);

    public static string EntryId(int index) => "r" + index.ToString("D5", CultureInfo.InvariantCulture);

    private static GuidePlan PlanGuide(CorpusOptions options, int index)
    {
        var rng = Rng.For(options.Seed, "guide", index);
        var title = Text.Phrase(rng, 3, 6);
        var summary = Text.Sentence(rng, 10, 20);
        var tags = rng.Distinct(Text.Tags, rng.Between(1, 3));
        var sectionCount = options.OneBigGuide
            ? (int)Math.Max(4, options.GuideBytes / BytesPerBigSection)
            : rng.Between(4, 7);
        var sections = Enumerable.Range(1, sectionCount)
            .Select(k => new Section("s" + k.ToString(CultureInfo.InvariantCulture), Text.Phrase(rng, 2, 5)))
            .ToList();
        return new GuidePlan(index, GuideId(index), title, summary, tags, sections);
    }

    private static EntryPlan PlanEntry(int seed, int index, int count, IReadOnlyList<GuidePlan> guides)
    {
        var rng = Rng.For(seed, "entry", index);
        var title = Text.Phrase(rng, 3, 6);
        var severity = rng.Pick(Severities).Id;
        var relationships = rng.Distinct(RelationshipKinds, rng.Between(1, 2));
        var scenario = string.Join(' ', Enumerable.Range(0, rng.Between(2, 3)).Select(_ => Text.Sentence(rng)));
        var scenarioLink = Link(rng, guides);
        var impact = string.Join(' ', Enumerable.Range(0, rng.Between(1, 2)).Select(_ => Text.Sentence(rng)));
        var say = Text.Sentence(rng, 8, 18);
        var actions = Enumerable.Range(0, rng.Between(0, 2)).Select(_ => Text.Sentence(rng)).ToList();
        var steps = Enumerable.Range(0, rng.Between(1, 3))
            .Select(_ => rng.Pick(guides))
            .Select(g => (Guide: g, Section: rng.Pick(g.Sections)))
            .DistinctBy(s => (s.Guide.Id, s.Section.Anchor))
            .ToList();
        var tags = rng.Distinct(Text.Tags, rng.Between(1, 3));
        var related = count > 1
            ? Enumerable.Range(0, rng.Between(0, 2)).Select(_ => rng.Between(1, count)).Where(j => j != index).Distinct().Select(EntryId).ToList()
            : [];
        return new EntryPlan(index, EntryId(index), title, severity, relationships, scenario, scenarioLink, impact, say, actions, steps,
            tags, related);
    }

    /// <summary>A link to a guide (a section of it four times in five); its text is empty three times in ten.</summary>
    public static LinkSpec Link(Rng rng, IReadOnlyList<GuidePlan> guides)
    {
        var target = rng.Pick(guides);
        var section = rng.Chance(80) ? rng.Pick(target.Sections) : null;
        var text = rng.Chance(30) ? "" : Text.LowerPhrase(rng, 2, 4);
        return new LinkSpec(target, section, text);
    }
}
