using Mend.Site.Config;
using Mend.Site.Templates;

namespace Mend.Site.Guides;

/// <summary>
/// The model of the <c>guide</c> layout. On the safety guide only: the site's support note, rendered, and the
/// <c>safety</c> block of site.yml when it has emergency numbers or a helpline note to show.
/// </summary>
public sealed record GuideModel(TrustedHtml? SupportNote, SafetySettings? Safety = null);
