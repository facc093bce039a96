using Mend.Pipeline;
using Mend.Site.Yaml;

namespace Mend.Site.Content.Catalogs;

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

    /// <summary>Reads a list that must hold at least one item, reporting an empty one at its key.</summary>
    internal static IReadOnlyList<T> AtLeastOne<T>(YamlMapReader map, string key, IReadOnlyList<T>? items)
    {
        // Counted as written: a list whose every item is malformed already has an error per item.
        if (items is not null && map.ItemCountOf(key) == 0)
        {
            map.Source.Diagnostics.Add(map.LocationOf(key).Error(ErrorCodes.InvalidValue, $"'{key}' needs at least one item"));
        }
        return items ?? [];
    }

    /// <summary>Reads a required id and checks its shape.</summary>
    internal static Located<string>? Id(YamlMapReader map)
    {
        var id = map.RequiredString("id");
        IdentifierChecks.CheckId(id, map.Source.Diagnostics);
        return id;
    }
}
