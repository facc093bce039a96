using Mend.Site.Core;
using Mend.Site.Tests.Specs;

namespace Mend.Site.Tests.Schemas;

/// <summary>
/// The schemas judge the files of every validation spec (tests/Mend.Site.Tests/Specs) as the readers do. The specs'
/// expected diagnostics are what the readers say of those very files (the spec theories check that), so: a file the
/// build reports an unknown key, a missing key or a wrong type in must be invalid against its schema, and a file it
/// reports no error in must be valid. So must a file with an invalid value a schema can see (an id's shape, a date,
/// an empty list, a value off a list of choices). Other errors (an unknown xref, a repeated id, bands that do not
/// ascend, a YAML syntax error) need more than a schema can say, and are not compared.
/// </summary>
public sealed class SchemasAgreeWithSpecsTests
{
    private static readonly string[] SchemaShapedCodes = [ErrorCodes.UnknownKey, ErrorCodes.MissingKey, ErrorCodes.WrongType];

    /// <summary>Words of the MEND106 messages about a value that a schema checks by itself.</summary>
    private static readonly string[] SchemaShapedValueErrors =
    [
        "must be lower-case words joined by hyphens", "may be at most 100", "must be a real date written YYYY-MM-DD",
        "needs at least one item", "needs at least two answer options", "holds at most", "must be an ordinary number",
        "a whole number from 1 to 60", "a condition needs exactly one of", "base URL '", "must be a language code",
        "must be a folder name in lower-case kebab-case", "quick exit pages", "quick exit URL", "emergency number",
        "kind must be pattern or missing", "unknown catalog kind", "cannot be part of a pattern",
        "a group of synonyms needs at least two words",
    ];

    public static IEnumerable<TheoryDataRow<string>> Cases => SpecRunner.Schemas.SelectMany(SpecRunner.Cases);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachFileIsValidAgainstItsSchemaExactlyWhenTheReaderFindsNoSchemaError(string name)
    {
        var spec = SpecFile.Load(Path.Join(SpecRunner.Folder, name), name);
        var disagreements = new List<string>();
        foreach (var (path, text) in FilesOf(spec).Where(f => SchemaFiles.For(f.Key, null).Count > 0))
        {
            var errors = (spec.Expected ?? []).Where(e => e.Level == "error" && FileOf(e) == path).ToList();
            var mustReject = errors.Any(IsSchemaShaped);
            var mustAccept = errors.Count == 0;
            if (!mustReject && !mustAccept)
            {
                continue;
            }
            var problems = SchemaFiles.Problems(path, text);
            if (mustReject && problems.Count == 0)
            {
                disagreements.Add($"{path}: the reader reports {string.Join(", ", errors.Where(IsSchemaShaped))}, but the schema accepts it");
            }
            if (mustAccept && problems.Count > 0)
            {
                disagreements.Add($"{path}: the reader reports no error, but the schema says:\n  {string.Join("\n  ", problems)}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{name}: {spec.Description}\n{string.Join('\n', disagreements)}");
    }

    private static bool IsSchemaShaped(Expectation error) =>
        SchemaShapedCodes.Contains(error.Code)
        || (error.Code == ErrorCodes.InvalidValue && error.Message is { } message
            // An id taken from a guide's file name is not in its front matter.
            && !message.Contains("taken from the file name", StringComparison.Ordinal)
            && SchemaShapedValueErrors.Any(words => message.Contains(words, StringComparison.Ordinal)));

    /// <summary>The files a spec builds: base.spec's, replaced or removed as the case says, and the case's own.</summary>
    private static Dictionary<string, string> FilesOf(SpecFile spec)
    {
        var files = new Dictionary<string, string>(SpecFile.Load(Path.Join(SpecRunner.Folder, "base.spec"), "base.spec").Files, StringComparer.Ordinal);
        foreach (var (path, text) in spec.Files)
        {
            files[path] = text;
        }
        foreach (var path in spec.Absent)
        {
            files.Remove(path);
        }
        return files;
    }

    /// <summary>The file an expected diagnostic is in: its location up to the first ':'; empty for none.</summary>
    private static string FileOf(Expectation expectation) =>
        expectation.Location.Split(':')[0].Trim();
}
