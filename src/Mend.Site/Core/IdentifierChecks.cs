using Mend.Pipeline;

namespace Mend.Site.Core;

/// <summary>Reports ids and tags that are not lower-case words joined by hyphens, or too long, at their own location.</summary>
public static class IdentifierChecks
{
    public static void CheckId(Located<string>? id, ICollection<Diagnostic> diagnostics, string origin = "")
    {
        if (id is not null && !Identifiers.IsValid(id.Value))
        {
            diagnostics.Add(id.Location.Error(ErrorCodes.InvalidValue,
                $"id '{OneLine.Of(id.Value)}'{origin} {Identifiers.Rule(id.Value)}"));
        }
    }

    public static void CheckTags(IEnumerable<Located<string>> tags, ICollection<Diagnostic> diagnostics)
    {
        foreach (var tag in tags.Where(t => !Identifiers.IsValid(t.Value)))
        {
            diagnostics.Add(tag.Location.Error(ErrorCodes.InvalidValue, $"tag '{OneLine.Of(tag.Value)}' {Identifiers.Rule(tag.Value)}"));
        }
    }
}
