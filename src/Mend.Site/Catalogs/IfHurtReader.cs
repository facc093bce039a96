using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.Catalogs;

/// <summary>The schema of a rupture entry's <c>if_hurt</c>: the part for the one who was hurt.</summary>
internal static class IfHurtReader
{
    /// <summary>A reader can take in this many things to ask for at a glance; more reads as a checklist.</summary>
    public const int MostAsks = 4;

    public static IfHurt? Read(YamlMapReader map)
    {
        var feel = map.RequiredString("feel");
        var ask = SchemaChecks.AtLeastOne(map, "ask", map.RequiredTextList("ask"));
        var say = map.RequiredText("say");
        map.RejectUnknownKeys();

        if (map.ItemCountOf("ask") > MostAsks)
        {
            map.Source.Diagnostics.Add(map.LocationOf("ask").Error(ErrorCodes.InvalidValue,
                $"'ask' holds at most {MostAsks} items"));
        }
        return feel is null || say is null ? null : new IfHurt(feel, [.. ask.Select(a => a.Value)], say.Value);
    }
}
