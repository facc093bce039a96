using Mend.Site.Templates;

namespace Mend.Site.Guides;

/// <summary>
/// The model of the <c>guide</c> layout: the site's support note, rendered, on the safety guide, and the guide's own
/// safety note, rendered, when its front matter has one.
/// </summary>
public sealed record GuideModel(TrustedHtml? SupportNote)
{
    public TrustedHtml? SafetyNote { get; init; }
}
