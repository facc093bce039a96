using Mend.Site.Templates;

namespace Mend.Site.Guides;

/// <summary>The model of the <c>guide</c> layout: the site's support note, rendered, on the safety guide.</summary>
public sealed record GuideModel(TrustedHtml? SupportNote);
