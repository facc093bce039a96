using Scriban;
using Scriban.Syntax;

namespace Mend.Site.Templates;

/// <summary>
/// <c>{{ partial "header" }}</c> renders <c>layouts/partials/header.sbn</c> with the current variables. It
/// replaces Scriban's <c>include</c>, whose output would be escaped a second time.
/// </summary>
public static class PartialFunctions
{
    public static TrustedHtml Partial(TemplateContext context, string name)
    {
        var library = ((EscapingTemplateContext)context).State.Library;
        var template = library.Get($"partials/{name}", out var errors);
        if (template is null)
        {
            throw new ScriptRuntimeException(context.CurrentSpan, string.Join("; ", errors.Select(e => e.ToString())));
        }

        context.PushOutput();
        try
        {
            return new TrustedHtml(template.Render(context));
        }
        finally
        {
            context.PopOutput();
        }
    }
}
