using Mend.Site.Core;

namespace Mend.Site.Yaml;

/// <summary>Checks that the schemas (catalogs, assessments) share: a list that needs an item, an id's shape.</summary>
public static class SchemaChecks
{
    /// <summary>Reads a list that must hold at least one item, reporting an empty one at its key.</summary>
    public static IReadOnlyList<T> AtLeastOne<T>(YamlMapReader map, string key, IReadOnlyList<T>? items)
    {
        // Counted as written: a list whose every item is malformed already has an error per item.
        if (items is not null && map.ItemCountOf(key) == 0)
        {
            map.Source.Diagnostics.Add(map.LocationOf(key).Error(ErrorCodes.InvalidValue, $"'{key}' needs at least one item"));
        }
        return items ?? [];
    }

    /// <summary>Reads a required id and checks its shape.</summary>
    public static Located<string>? Id(YamlMapReader map)
    {
        var id = map.RequiredString("id");
        IdentifierChecks.CheckId(id, map.Source.Diagnostics);
        return id;
    }
}
