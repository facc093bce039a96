using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.ApologyChecks;

/// <summary>
/// Reads <c>input/apology-checks.yml</c>: a <c>checks</c> list, each check with an id, a kind (pattern or
/// missing), a title, patterns, an explanation and better words. Unknown and missing keys, a repeated id, an unknown
/// kind and a pattern outside the pattern language (<see cref="ApologyPattern"/>) are errors where they are written.
/// Returns null after reporting why.
/// </summary>
public static class ApologyChecksReader
{
    public const string FileName = "apology-checks.yml";

    public static ApologyCheckList? Read(string file, string text, ICollection<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count(d => d.IsError);
        var map = new YamlSource(file, 0, diagnostics).LoadMapping(text);
        if (map is null)
        {
            return null;
        }
        var checkMaps = SchemaChecks.AtLeastOne(map, "checks", map.RequiredMapList("checks"));
        map.RejectUnknownKeys();

        var checks = checkMaps.Select(ReadCheck).OfType<(ApologyCheck Check, Located<string> Id)>().ToList();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (_, id) in checks.Where(c => !seen.TryAdd(c.Id.Value, c.Id.Location)))
        {
            diagnostics.Add(id.Location.Error(ErrorCodes.DuplicateId,
                $"check id '{id.Value}' is already used at line {seen[id.Value].Line}"));
        }

        return diagnostics.Count(d => d.IsError) > before ? null : new ApologyCheckList([.. checks.Select(c => c.Check)], map.Location);
    }

    private static (ApologyCheck, Located<string>)? ReadCheck(YamlMapReader map)
    {
        var id = SchemaChecks.Id(map);
        var kind = map.RequiredString("kind");
        var title = map.RequiredText("title");
        var patterns = ReadPatterns(map);
        var explanation = map.RequiredText("explanation");
        var better = map.RequiredText("better");
        map.RejectUnknownKeys();

        if (kind is not null && !ApologyCheckKinds.All.Contains(kind.Value))
        {
            map.Source.Diagnostics.Add(kind.Location.Error(ErrorCodes.InvalidValue,
                $"kind must be {string.Join(" or ", ApologyCheckKinds.All)} (not '{OneLine.Of(kind.Value)}')"));
            return null;
        }
        return id is null || kind is null || title is null || patterns is null || explanation is null || better is null
            ? null
            : (new ApologyCheck(id.Value, kind.Value, title.Value, [.. patterns], explanation.Value, better.Value), id);
    }

    private static List<ApologyPattern>? ReadPatterns(YamlMapReader map)
    {
        var written = map.RequiredStringList("patterns");
        SchemaChecks.AtLeastOne(map, "patterns", written);
        if (written is null)
        {
            return null;
        }
        var patterns = new List<ApologyPattern>();
        foreach (var text in written)
        {
            var (pattern, problem) = ApologyPattern.Parse(text.Value);
            if (pattern is null)
            {
                map.Source.Diagnostics.Add(text.Location.Error(ErrorCodes.InvalidValue,
                    $"pattern '{OneLine.Of(text.Value)}': {problem}"));
                continue;
            }
            patterns.Add(pattern);
        }
        return patterns;
    }
}
