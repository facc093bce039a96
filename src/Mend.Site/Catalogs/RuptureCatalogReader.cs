using System.Collections.Immutable;
using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.Catalogs;

/// <summary>The schema of <c>kind: ruptures</c>.</summary>
internal static class RuptureCatalogReader
{
    public static RuptureCatalog? Read(YamlMapReader map)
    {
        var id = SchemaChecks.Id(map);
        var title = map.RequiredText("title");
        var summary = map.RequiredText("summary");
        var severities = SchemaChecks.AtLeastOne(map, "severities", map.RequiredMapList("severities"))
            .Select(ReadSeverity).OfType<SeverityLevel>().ToImmutableArray();
        var known = severities.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var entries = SchemaChecks.AtLeastOne(map, "entries", map.RequiredMapList("entries"))
            .Select(entry => ReadEntry(entry, known)).OfType<RuptureEntry>().ToImmutableArray();
        map.RejectUnknownKeys();

        return id is null || title is null || summary is null
            ? null
            : new RuptureCatalog(id.Value, title.Value, summary.Value, severities, entries, id.Location);
    }

    private static SeverityLevel? ReadSeverity(YamlMapReader map)
    {
        var id = SchemaChecks.Id(map);
        var title = map.RequiredText("title");
        var summary = map.OptionalText("summary");
        map.RejectUnknownKeys();
        return id is null || title is null ? null : new SeverityLevel(id.Value, title.Value, summary?.Value ?? "");
    }

    private static RuptureEntry? ReadEntry(YamlMapReader map, HashSet<string> severities)
    {
        var id = SchemaChecks.Id(map);
        var title = map.RequiredText("title");
        var severity = map.RequiredString("severity");
        var relationships = map.OptionalStringList("relationships") ?? [];
        var scenario = map.RequiredString("scenario");
        var impact = map.RequiredString("impact");
        var repair = map.RequiredMap("repair");
        var say = repair?.RequiredText("say");
        var actions = repair?.OptionalTextList("do") ?? [];
        repair?.RejectUnknownKeys();
        var steps = SchemaChecks.AtLeastOne(map, "steps", map.RequiredStringList("steps"));
        var tags = map.OptionalStringList("tags") ?? [];
        var related = map.OptionalStringList("related") ?? [];
        map.RejectUnknownKeys();

        var diagnostics = map.Source.Diagnostics;
        if (severity is not null && !severities.Contains(severity.Value))
        {
            diagnostics.Add(severity.Location.Error(ErrorCodes.InvalidValue,
                $"severity '{severity.Value}' is not one of this catalog's severities ({string.Join(", ", severities.Order(StringComparer.Ordinal))})"));
        }
        foreach (var relationship in relationships.Where(r => !Relationships.All.Contains(r.Value)))
        {
            diagnostics.Add(relationship.Location.Error(ErrorCodes.InvalidValue,
                $"relationship '{relationship.Value}' is not one of: {string.Join(", ", Relationships.All)}"));
        }
        IdentifierChecks.CheckTags(tags, map.Source.Diagnostics);

        if (id is null || title is null || severity is null || scenario is null || impact is null || say is null)
        {
            return null;
        }
        return new RuptureEntry(
            id.Value, title.Value, severity.Value,
            [.. relationships.Select(r => r.Value)],
            scenario, impact, say.Value,
            [.. actions.Select(a => a.Value)],
            [.. steps], [.. tags.Select(t => t.Value)], [.. related],
            id.Location);
    }
}
