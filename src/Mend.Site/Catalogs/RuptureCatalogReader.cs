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
        var situations = (map.OptionalMapList("situations") ?? [])
            .Select(ReadSituation).OfType<Situation>().ToImmutableArray();
        var known = new Known(
            severities.Select(s => s.Id).ToHashSet(StringComparer.Ordinal),
            situations.Select(s => s.Id).ToHashSet(StringComparer.Ordinal));
        var entries = SchemaChecks.AtLeastOne(map, "entries", map.RequiredMapList("entries"))
            .Select(entry => ReadEntry(entry, known)).OfType<RuptureEntry>().ToImmutableArray();
        var review = ReviewReader.Read(map);
        map.RejectUnknownKeys();

        return id is null || title is null || summary is null
            ? null
            : new RuptureCatalog(id.Value, title.Value, summary.Value, severities, entries, id.Location) { Situations = situations, Review = review };
    }

    /// <summary>The ids an entry's severity and situations are checked against.</summary>
    private sealed record Known(HashSet<string> Severities, HashSet<string> Situations);

    private static SeverityLevel? ReadSeverity(YamlMapReader map)
    {
        var id = SchemaChecks.Id(map);
        var title = map.RequiredText("title");
        var summary = map.OptionalText("summary");
        map.RejectUnknownKeys();
        return id is null || title is null ? null : new SeverityLevel(id.Value, title.Value, summary?.Value ?? "");
    }

    private static Situation? ReadSituation(YamlMapReader map)
    {
        var id = SchemaChecks.Id(map);
        var title = map.RequiredText("title");
        var summary = map.OptionalText("summary");
        map.RejectUnknownKeys();
        return id is null || title is null ? null : new Situation(id.Value, title.Value, summary?.Value ?? "");
    }

    private static RuptureEntry? ReadEntry(YamlMapReader map, Known known)
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
        var ifHurt = map.OptionalMap("if_hurt") is { } part ? IfHurtReader.Read(part) : null;
        var situations = map.OptionalStringList("situations") ?? [];
        var steps = SchemaChecks.AtLeastOne(map, "steps", map.RequiredStringList("steps"));
        var tags = map.OptionalStringList("tags") ?? [];
        var related = map.OptionalStringList("related") ?? [];
        var safetyNote = map.OptionalString("safety_note");
        map.RejectUnknownKeys();

        var diagnostics = map.Source.Diagnostics;
        if (severity is not null && !known.Severities.Contains(severity.Value))
        {
            diagnostics.Add(severity.Location.Error(ErrorCodes.InvalidValue,
                $"severity '{severity.Value}' is not one of this catalog's severities ({string.Join(", ", known.Severities.Order(StringComparer.Ordinal))})"));
        }
        foreach (var situation in situations.Where(s => !known.Situations.Contains(s.Value)))
        {
            diagnostics.Add(situation.Location.Error(ErrorCodes.InvalidValue, known.Situations.Count == 0
                ? $"situation '{situation.Value}' is not declared: this catalog has no 'situations'"
                : $"situation '{situation.Value}' is not one of this catalog's situations ({string.Join(", ", known.Situations.Order(StringComparer.Ordinal))})"));
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
            id.Location)
        {
            Situations = [.. situations.Select(s => s.Value)],
            IfHurt = ifHurt,
            SafetyNote = safetyNote,
        };
    }
}
