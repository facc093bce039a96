using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Mend.Site.Markdown;

namespace Mend.Site.Tests.Schemas;

/// <summary>
/// The JSON Schemas in schemas/ for editors, which input file each is for, and validation of a file's text
/// against its schema.
/// </summary>
public static class SchemaFiles
{
    public const string RupturesKind = "ruptures";
    public const string ChallengesKind = "challenges";

    public static readonly string[] Names = ["site", "guide", RupturesKind, ChallengesKind, "assessment", "search", "apology-checks"];

    public static string Folder => Path.Join(Repo.Root, "schemas");

    public static string PathOf(string name) => Path.Join(Folder, FileName(name));

    public static string FileName(string name) => $"{name}.schema.json";

    public static JsonObject Json(string name) => JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();

    // Each built once: building registers the schema's $id, and registering it twice is an error.
    private static readonly Dictionary<string, Lazy<JsonSchema>> Loaded = Names.ToDictionary(
        name => name, name => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(PathOf(name)))), StringComparer.Ordinal);

    private static JsonSchema Schema(string name) => Loaded[name].Value;

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>
    /// The schemas a file may be checked against, by its path in the input folder: empty for a file no schema is
    /// for. A catalog is for the schema of its kind, or for every kind's when its kind is missing or unknown.
    /// </summary>
    public static IReadOnlyList<string> For(string inputPath, JsonNode? json) => inputPath.Replace('\\', '/') switch
    {
        "site.yml" => ["site"],
        "search.yml" => ["search"],
        "apology-checks.yml" => ["apology-checks"],
        var path when IsIn(path, "guides", ".md") => ["guide"],
        var path when IsIn(path, "assessments", ".yml") => ["assessment"],
        var path when IsIn(path, "catalogs", ".yml") => CatalogSchemas(json),
        _ => [],
    };

    private static string[] CatalogSchemas(JsonNode? catalog) =>
        catalog is JsonObject mapping && mapping["kind"] is JsonValue kind && kind.GetValueKind() == JsonValueKind.String
        && kind.GetValue<string>() is RupturesKind or ChallengesKind
            ? [kind.GetValue<string>()]
            : [RupturesKind, ChallengesKind];

    private static bool IsIn(string path, string folder, string extension) =>
        path.StartsWith(folder + "/", StringComparison.Ordinal) && path.EndsWith(extension, StringComparison.Ordinal)
        && path.Count(c => c == '/') == 1;

    /// <summary>The YAML a file holds: a guide's front matter, or the whole text; null when a guide has no front matter.</summary>
    public static string? YamlOf(string inputPath, string text) =>
        inputPath.EndsWith(".md", StringComparison.Ordinal) ? FrontMatter.Split(text)?.Yaml : text;

    /// <summary>
    /// What the schema finds wrong with a file's text, one line per problem; empty when a schema the file is for
    /// accepts it. <paramref name="inputPath"/> must be a file some schema is for.
    /// </summary>
    public static IReadOnlyList<string> Problems(string inputPath, string text)
    {
        if (YamlOf(inputPath, text) is not { } yaml)
        {
            return ["no front matter"];
        }
        var (json, unreadable) = YamlAsJson.Convert(yaml);
        if (unreadable is not null)
        {
            return [$"YAML that cannot be read: {unreadable}"];
        }
        var names = For(inputPath, json);
        Assert.True(names.Count > 0, $"no schema is for '{inputPath}'");

        var problems = new List<string>();
        foreach (var name in names)
        {
            var found = Validate(name, json);
            if (found.Count == 0)
            {
                return [];
            }
            problems.AddRange(found.Select(p => $"{FileName(name)}: {p}"));
        }
        return problems;
    }

    /// <summary>What one schema finds wrong with a JSON value, each at its place in the value; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string name, JsonNode? json)
    {
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var results = Schema(name).Evaluate(document.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }
        var problems = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return problems.Count > 0 ? problems : ["invalid"];
    }
}
