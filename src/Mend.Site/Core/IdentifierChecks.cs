using Mend.Pipeline;

namespace Mend.Site.Core;

/// <summary>Reports ids and tags that are not lower-case words joined by hyphens, at their own location.</summary>
public static class IdentifierChecks
{
    public static void CheckId(Located<string>? id, ICollection<Diagnostic> diagnostics, string origin = "")
    {
        if (id is not null && !Identifiers.IsValid(id.Value))
        {
            diagnostics.Add(id.Location.Error(ErrorCodes.InvalidValue,
                $"id '{OneLine.Of(id.Value)}'{origin} must be lower-case words joined by hyphens"));
        }
    }

    public static void CheckTags(IEnumerable<Located<string>> tags, ICollection<Diagnostic> diagnostics)
    {
        foreach (var tag in tags.Where(t => !Identifiers.IsValid(t.Value)))
        {
            diagnostics.Add(tag.Location.Error(ErrorCodes.InvalidValue, $"tag '{OneLine.Of(tag.Value)}' must be lower-case words joined by hyphens"));
        }
    }
}
