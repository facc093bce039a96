using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.Catalogs;

/// <summary>Reads one catalog file; <c>kind</c> selects the schema. Returns a catalog record, or null after reporting why.</summary>
public static class CatalogReader
{
    public static object? Read(string file, string text, ICollection<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count(d => d.IsError);
        var map = new YamlSource(file, 0, diagnostics).LoadMapping(text);
        if (map is null)
        {
            return null;
        }

        var kind = map.RequiredString("kind");
        object? catalog = kind?.Value switch
        {
            null => null,
            "ruptures" => RuptureCatalogReader.Read(map),
            "challenges" => ChallengeCatalogReader.Read(map),
            _ => Unknown(kind),
        };
        return diagnostics.Count(d => d.IsError) > before ? null : catalog;

        object? Unknown(Located<string> value)
        {
            diagnostics.Add(value.Location.Error(ErrorCodes.InvalidValue,
                $"unknown catalog kind '{value.Value}' (known kinds: ruptures, challenges)"));
            return null;
        }
    }
}
