using System.Text.Json.Nodes;

namespace Mend.Site.Tests.Schemas;

/// <summary>
/// What every schema in schemas/ says about itself: draft 2020-12, an <c>$id</c> that is its own file name (no
/// host, so it resolves wherever the folder is copied), a title and description, and a description for every
/// property, which is what an editor shows on hover.
/// </summary>
public sealed class SchemaConventionsTests
{
    public static IEnumerable<TheoryDataRow<string>> Names => SchemaFiles.Names.Select(n => new TheoryDataRow<string>(n));

    [Fact]
    public void TheFolderHoldsExactlyTheKnownSchemas()
    {
        var files = Directory.EnumerateFiles(SchemaFiles.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(SchemaFiles.Names.Select(SchemaFiles.FileName).Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheSchemaNamesItsDraftItsFileATitleAndADescription(string name)
    {
        var schema = SchemaFiles.Json(name);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal(SchemaFiles.FileName(name), (string?)schema["$id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["description"]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryPropertyHasADescription(string name)
    {
        var undescribed = Properties(SchemaFiles.Json(name))
            .Where(p => p.Value is not JsonObject property || string.IsNullOrWhiteSpace((string?)property["description"]))
            .Select(p => p.Value?.GetPath() ?? p.Key)
            .ToList();

        Assert.True(undescribed.Count == 0, "no description: " + string.Join(", ", undescribed));
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Properties(JsonNode? node) => node switch
    {
        JsonObject schema => (schema["properties"] is JsonObject properties ? properties.ToList() : [])
            .Concat(schema.SelectMany(p => Properties(p.Value))),
        JsonArray list => list.SelectMany(Properties),
        _ => [],
    };
}
