using Markdig.Extensions.Alerts;

namespace Mend.Site.Markdown.Callouts;

/// <summary>
/// The callouts a page can write as <c>&gt; [!KIND]</c> at the top of a quote (the form GitHub reads too), with the
/// title each shows. <c>safety</c> is Mend's own: for a warning about danger rather than about the advice.
/// </summary>
public static class CalloutKinds
{
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["note"] = "Note",
        ["tip"] = "Tip",
        ["important"] = "Important",
        ["warning"] = "Warning",
        ["caution"] = "Caution",
        ["safety"] = "Your safety",
    };

    /// <summary>The kind as written, in lower case: <c>[!Note]</c> and <c>[!NOTE]</c> are the same callout.</summary>
    public static string Of(AlertBlock alert) => alert.Kind.ToString().ToLowerInvariant();
}
