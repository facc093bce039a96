using Mend.Site.Core;

namespace Mend.Site.Yaml;

/// <summary>
/// Reads the review keys a guide's front matter or a catalog's top level may have: <c>reviewed</c>, <c>reviewer</c>,
/// <c>review_due</c> (dates written YYYY-MM-DD) and <c>sources</c> (a list of text). A <c>review_due</c> before
/// <c>reviewed</c> is an error at the <c>review_due</c> value. Null when none is given.
/// </summary>
public static class ReviewReader
{
    public static Review? Read(YamlMapReader map)
    {
        var reviewed = map.OptionalDate("reviewed");
        var reviewer = map.OptionalText("reviewer");
        var due = map.OptionalDate("review_due");
        var sources = map.OptionalTextList("sources");

        if (reviewed is not null && due is not null && due.Value < reviewed.Value)
        {
            map.Source.Diagnostics.Add(due.Location.Error(ErrorCodes.InvalidValue,
                $"'review_due' ({Iso(due.Value)}) is before 'reviewed' ({Iso(reviewed.Value)}): the next review comes after the last one"));
        }
        if (reviewed is null && reviewer is null && due is null && sources is null)
        {
            return null;
        }
        return new Review(reviewed?.Value, reviewer?.Value.Trim() ?? "", due, [.. (sources ?? []).Select(s => s.Value.Trim())]);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
