using System.Text.Json.Nodes;

namespace Mend.Site.Tests.Schemas;

/// <summary>Every input file of the sites that build cleanly is valid against its schema in schemas/.</summary>
public sealed class SampleFilesMatchSchemasTests
{
    /// <summary>
    /// The input folders that build without a diagnostic: the real site, the basic fixture (FixtureSiteTests builds it)
    /// and the fuzz seed (the corpus the fuzzer breaks; its files are kept byte for byte, so they carry no schema comment).
    /// </summary>
    public static readonly string[] Sites = ["input", "tests/fixtures/basic/input", "tests/fixtures/fuzz/seed"];

    /// <summary>Each file some schema is for, as (site, path in the site's input folder).</summary>
    public static IEnumerable<(string Site, string Path)> SchemaFiles() =>
        Sites.SelectMany(site =>
        {
            var folder = Path.Join(Repo.Root, site);
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
                .Where(path => Schemas.SchemaFiles.For(path, null).Count > 0)
                .Order(StringComparer.Ordinal)
                .Select(path => (site, path));
        });

    public static IEnumerable<TheoryDataRow<string, string>> Files =>
        SchemaFiles().Select(f => new TheoryDataRow<string, string>(f.Site, f.Path) { TestDisplayName = $"{f.Site}/{f.Path}" });

    [Theory]
    [MemberData(nameof(Files))]
    public void TheFileIsValidAgainstItsSchema(string site, string path)
    {
        var problems = Schemas.SchemaFiles.Problems(path, File.ReadAllText(Path.Join(Repo.Root, site, path)));

        Assert.True(problems.Count == 0, $"{site}/{path}:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void EverySchemaHasASampleFile()
    {
        var used = SchemaFiles()
            .SelectMany(f => Schemas.SchemaFiles.For(f.Path, JsonKind(f)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Schemas.SchemaFiles.Names.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    private static JsonNode? JsonKind((string Site, string Path) file) =>
        file.Path.EndsWith(".yml", StringComparison.Ordinal)
            ? YamlAsJson.Convert(File.ReadAllText(Path.Join(Repo.Root, file.Site, file.Path))).Json
            : null;
}
