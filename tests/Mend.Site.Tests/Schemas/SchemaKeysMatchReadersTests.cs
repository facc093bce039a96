using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mend.Site.Core;

namespace Mend.Site.Tests.Schemas;

/// <summary>
/// Every mapping's keys in a schema are exactly the keys its reader allows there. A sample file is given an unknown
/// key in each of its mappings and read: the reader's MEND103 message lists the keys it allows at that place
/// ("allowed here: ..."), which must be the schema's properties there, both ways.
/// </summary>
public sealed partial class SchemaKeysMatchReadersTests
{
    private const string UnknownKey = "zz-unknown-";

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>For each schema, a file of the real site with each mapping the schema describes at least once.</summary>
    public static TheoryData<string, string> Samples => new()
    {
        { "site", "input/site.yml" },
        { "guide", "input/guides/safety.md" },
        { SchemaFiles.RupturesKind, "input/catalogs/ruptures.yml" },
        { SchemaFiles.ChallengesKind, "input/catalogs/challenges.yml" },
        { "assessment", "input/assessments/self-assessment.yml" },
        { "search", "input/search.yml" },
        { "apology-checks", "input/apology-checks.yml" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task EachMappingOfTheSchemaHasTheKeysItsReaderAllows(string schema, string sample)
    {
        var json = YamlAsJson.Convert(SchemaFiles.YamlOf(sample, File.ReadAllText(Path.Join(Repo.Root, sample)))!).Json!;
        var mappings = new List<(JsonObject Mapping, object[] Path)>();
        AddUnknownKeys(json, [], mappings);
        // JSON is YAML: the reader reads it as it would the sample, with one more key in every mapping.
        var diagnostics = await Readers.ReadAsync(schema, json.ToJsonString(Written));
        var allowed = diagnostics
            .Where(d => d.Code == ErrorCodes.UnknownKey)
            .Select(d => AllowedHere().Match(d.Message))
            .Where(m => m.Success)
            .ToDictionary(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m => m.Groups["keys"].Value.Split(", ").ToHashSet(StringComparer.Ordinal));

        var root = SchemaFiles.Json(schema);
        var problems = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < mappings.Count; index++)
        {
            var (mapping, path) = mappings[index];
            var place = mapping.GetPath();
            var described = SubschemaAt(root, path);
            visited.Add(described.GetPath());
            var schemaKeys = described["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            if (!allowed.TryGetValue(index, out var readerKeys))
            {
                problems.Add($"{place}: the reader allows an unknown key here");
                continue;
            }
            problems.AddRange(readerKeys.Except(schemaKeys).Select(key => $"{place}: the reader allows '{key}', the schema does not"));
            problems.AddRange(schemaKeys.Except(readerKeys).Select(key => $"{place}: the schema allows '{key}', the reader does not"));
        }
        problems.AddRange(DescribedMappings(root).Where(m => !visited.Contains(m))
            .Select(m => $"{sample} has no mapping for the schema's {m}: give the sample one, or this test compares nothing there"));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Adds <c>zz-unknown-N</c> to every mapping, N its index in <paramref name="mappings"/>.</summary>
    private static void AddUnknownKeys(JsonNode? node, object[] path, List<(JsonObject, object[])> mappings)
    {
        switch (node)
        {
            case JsonObject mapping:
                foreach (var (key, value) in mapping.ToList())
                {
                    AddUnknownKeys(value, [.. path, key], mappings);
                }
                mapping[UnknownKey + mappings.Count] = 1;
                mappings.Add((mapping, path));
                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    AddUnknownKeys(list[i], [.. path, i], mappings);
                }
                break;
        }
    }

    /// <summary>The schema of the value at <paramref name="path"/> (keys and list indexes), following <c>$ref</c>s.</summary>
    private static JsonObject SubschemaAt(JsonObject root, object[] path)
    {
        var schema = Resolve(root, root);
        foreach (var step in path)
        {
            var next = step is int ? schema["items"] : schema["properties"]?[(string)step];
            Assert.True(next is JsonObject, $"the schema has nothing at {schema.GetPath()} for '{step}'");
            schema = Resolve(root, next!.AsObject());
        }
        return schema;
    }

    private static JsonObject Resolve(JsonObject root, JsonObject schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? Resolve(root, root["$defs"]![reference["#/$defs/".Length..]]!.AsObject())
            : schema;

    /// <summary>Where the schema describes a mapping: every subschema with properties.</summary>
    private static IEnumerable<string> DescribedMappings(JsonNode? node) => node switch
    {
        JsonObject schema => (schema["properties"] is JsonObject ? [schema.GetPath()] : Enumerable.Empty<string>())
            .Concat(schema.SelectMany(p => DescribedMappings(p.Value))),
        JsonArray list => list.SelectMany(DescribedMappings),
        _ => [],
    };

    [GeneratedRegex(@"unknown key '" + UnknownKey + @"(?<n>\d+)' \(allowed here: (?<keys>[^)]*)\)")]
    private static partial Regex AllowedHere();
}
