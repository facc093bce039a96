using Mend.Site.Config;
using Mend.Site.Templates;

namespace Mend.Site.Guides;

/// <summary>
/// The model of the <c>guide</c> layout. On the safety guide only: the site's support note, rendered, and the
/// <c>safety</c> block of site.yml when it has emergency numbers or a helpline note to show. On any guide: its own
/// safety note, rendered, when its front matter has one.
/// </summary>
public sealed record GuideModel(TrustedHtml? SupportNote, SafetySettings? Safety = null)
{
    public TrustedHtml? SafetyNote { get; init; }
}
