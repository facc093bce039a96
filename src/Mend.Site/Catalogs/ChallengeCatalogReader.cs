using System.Collections.Immutable;
using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.Catalogs;

/// <summary>The schema of <c>kind: challenges</c>.</summary>
internal static class ChallengeCatalogReader
{
    public static ChallengeCatalog? Read(YamlMapReader map)
    {
        var id = SchemaChecks.Id(map);
        var title = map.RequiredText("title");
        var summary = map.RequiredText("summary");
        var entries = SchemaChecks.AtLeastOne(map, "entries", map.RequiredMapList("entries"))
            .Select(ReadEntry).OfType<Challenge>().ToImmutableArray();
        var review = ReviewReader.Read(map);
        map.RejectUnknownKeys();

        return id is null || title is null || summary is null
            ? null
            : new ChallengeCatalog(id.Value, title.Value, summary.Value, entries, id.Location) { Review = review };
    }

    private static Challenge? ReadEntry(YamlMapReader map)
    {
        var id = SchemaChecks.Id(map);
        var title = map.RequiredText("title");
        var summary = map.RequiredText("summary");
        var whatItIs = map.RequiredString("what_it_is");
        var whyItHurts = SchemaChecks.AtLeastOne(map, "why_it_hurts", map.RequiredTextList("why_it_hurts"));
        var exampleMap = map.RequiredMap("example");
        var example = exampleMap is null ? null : ReadExample(exampleMap);
        var tips = SchemaChecks.AtLeastOne(map, "how_to_overcome", map.RequiredMapList("how_to_overcome"))
            .Select(ReadTip).OfType<OvercomeTip>().ToImmutableArray();
        var betterResponse = map.RequiredText("better_response");
        var steps = map.OptionalStringList("steps") ?? [];
        var tags = map.OptionalStringList("tags") ?? [];
        var safetyNote = map.OptionalString("safety_note");
        map.RejectUnknownKeys();
        IdentifierChecks.CheckTags(tags, map.Source.Diagnostics);

        if (id is null || title is null || summary is null || whatItIs is null || example is null || betterResponse is null)
        {
            return null;
        }
        return new Challenge(
            id.Value, title.Value, summary.Value, whatItIs,
            [.. whyItHurts.Select(w => w.Value)], example, tips, betterResponse.Value,
            [.. steps], [.. tags.Select(t => t.Value)], id.Location)
        {
            SafetyNote = safetyNote,
        };
    }

    private static ChallengeExample? ReadExample(YamlMapReader map)
    {
        var scenario = map.RequiredString("scenario");
        var says = map.RequiredText("says");
        var impact = map.RequiredString("impact");
        map.RejectUnknownKeys();
        return scenario is null || says is null || impact is null ? null : new ChallengeExample(scenario, says.Value, impact);
    }

    private static OvercomeTip? ReadTip(YamlMapReader map)
    {
        var title = map.RequiredText("title");
        var text = map.RequiredString("text");
        map.RejectUnknownKeys();
        return title is null || text is null ? null : new OvercomeTip(title.Value, text);
    }
}
