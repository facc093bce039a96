namespace Mend.Site.Tests.Schemas;

/// <summary>
/// Each YAML file of the real site and of the basic fixture starts with the comment that tells an editor's YAML
/// extension its schema: <c># yaml-language-server: $schema=RELATIVE-PATH</c>, leading to schemas/ from the file.
/// </summary>
public sealed class SampleFilesNameTheirSchemaTests
{
    private const string Comment = "# yaml-language-server: $schema=";

    /// <summary>The sample sites an author copies from; the fuzz seed is kept byte for byte and has no comment.</summary>
    private static readonly string[] Sites = ["input", "tests/fixtures/basic/input"];

    public static IEnumerable<TheoryDataRow<string>> Files =>
        SampleFilesMatchSchemasTests.SchemaFiles()
            .Where(f => Sites.Contains(f.Site) && f.Path.EndsWith(".yml", StringComparison.Ordinal))
            .Select(f => new TheoryDataRow<string>($"{f.Site}/{f.Path}") { TestDisplayName = $"{f.Site}/{f.Path}" });

    [Theory]
    [MemberData(nameof(Files))]
    public void TheFirstLineNamesTheSchemaOfTheFilesKind(string file)
    {
        var path = Path.Join(Repo.Root, file);
        var text = File.ReadAllText(path);
        var firstLine = text.Split('\n')[0].TrimEnd('\r');
        var site = Sites.First(s => file.StartsWith(s + "/", StringComparison.Ordinal));
        var expected = SchemaFiles.For(file[(site.Length + 1)..], YamlAsJson.Convert(text).Json).Single();

        Assert.StartsWith(Comment, firstLine, StringComparison.Ordinal);
        var target = Path.GetFullPath(Path.Join(Path.GetDirectoryName(path), firstLine[Comment.Length..]));
        Assert.Equal(Path.GetFullPath(SchemaFiles.PathOf(expected)), target);
    }
}
