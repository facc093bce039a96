using Mend.Site.Core;
using Scriban;
using Scriban.Syntax;

namespace Mend.Site.Templates;

/// <summary>
/// Template functions for links. Templates name pages by site-rooted URL; these write them relative to the
/// page being rendered, so the output works under any base path and from <c>file://</c>.
/// </summary>
public static class LinkFunctions
{
    /// <summary><c>{{ url "/guides/repair-steps/" }}</c> on a guide page gives <c>../repair-steps/</c>.</summary>
    public static string Url(TemplateContext context, string siteUrl)
    {
        return ((EscapingTemplateContext)context).State.Link(siteUrl);
    }

    /// <summary><c>{{ asset "site.css" }}</c> gives the relative URL of the fingerprinted copy of the theme's asset.</summary>
    public static string Asset(TemplateContext context, string name)
    {
        var state = ((EscapingTemplateContext)context).State;
        if (!state.Site.Assets.TryGetValue(name, out var siteUrl))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"the theme has no asset 'assets/{name}'");
        }
        return state.Link(siteUrl);
    }

    /// <summary>
    /// <c>{{ site_root }}</c> gives the site's root folder relative to the page (<c>../../</c>), for scripts that
    /// join it to the site-relative links of the search index.
    /// </summary>
    public static string SiteRoot(TemplateContext context) => ((EscapingTemplateContext)context).State.RootFolder;

    /// <summary><c>{{ absolute_url "/guides/" }}</c> gives the URL on the public site, from <c>base_url</c>.</summary>
    public static string AbsoluteUrl(TemplateContext context, string siteUrl) =>
        ((EscapingTemplateContext)context).State.Urls.Absolute(siteUrl);
}
