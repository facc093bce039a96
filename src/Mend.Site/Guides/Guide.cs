using System.Collections.Immutable;
using Mend.Site.Core;

namespace Mend.Site.Guides;

/// <summary>
/// A guide's front matter. <see cref="Updated"/> is when the guide last changed in substance, if the author says;
/// <see cref="QuickExit"/> marks a sensitive page that carries the quick-exit control; <see cref="Door"/>, when not
/// empty, makes the guide one of the home page's doors, under that label; <see cref="SafetyNote"/>, Markdown, is shown
/// as a safety callout under the guide's title.
/// </summary>
public sealed record Guide(
    string Id,
    string Title,
    string Summary,
    int? Order,
    ImmutableArray<string> Tags,
    DateOnly? Updated,
    SourceLocation IdLocation,
    bool QuickExit = false,
    string Door = "",
    Located<string>? SafetyNote = null)
{
    /// <summary>When the guide was last checked, by whom, and its sources; null when it says nothing of it.</summary>
    public Review? Review { get; init; }

    /// <summary>The id of the safety guide: it shows the site's support note and has the quick exit unless it says otherwise.</summary>
    public const string SafetyId = "safety";

    /// <summary>Where the guide is published: <c>/guides/ID/</c>.</summary>
    public string Url => $"/guides/{Id}/";
}
