using Mend.Site.Strings;
using Scriban;

namespace Mend.Site.Templates;

/// <summary>Template functions for the interface text of the site's language (<c>i18n/LANGUAGE.yml</c>).</summary>
public static class StringFunctions
{
    /// <summary>
    /// <c>{{ t "skip_to_content" }}</c> gives that string; <c>{{ t "search_results" 3 }}</c> fills its placeholder
    /// with 3 and, for text by count, picks the form for 3. A key the strings file lacks is MEND121 at the call.
    /// </summary>
    public static string T(TemplateContext context, string key, object? value = null)
    {
        try
        {
            return Strings(context).Text(key, value);
        }
        catch (MissingStringException missing)
        {
            throw missing.InTemplate(context.CurrentSpan);
        }
    }

    /// <summary><c>{{ script_strings }}</c>: the scripts' strings as JSON, for <c>data-strings</c> on <c>&lt;body&gt;</c>.</summary>
    public static string ScriptStrings(TemplateContext context) => Strings(context).ScriptJson;

    private static InterfaceStrings Strings(TemplateContext context) =>
        ((EscapingTemplateContext)context).State.Library.Strings;
}
