using System.Net;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;

namespace Mend.Site.Templates;

/// <summary>
/// Scriban does not escape HTML by default; this context escapes every value a template prints, except
/// <see cref="TrustedHtml"/>. The one place where escaping happens, so no template can forget it.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    // Scriban's default constructor deep-copies all of its built-in functions for every context, which cost more than
    // rendering a page. One copy per thread is shared by the contexts made on it instead: contexts never run on two
    // threads at once, and the themes only call the built-ins, never change them.
    [ThreadStatic]
    private static BuiltinFunctions? ThreadBuiltins;

    public EscapingTemplateContext(RenderState state) : base(ThreadBuiltins ??= new BuiltinFunctions())
    {
        State = state;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // Scriban stops a loop after 1,000 turns, and cuts text at 1 MB, by default; a site's lists (guides, entries,
        // tags) may be far longer, and a long guide's page far larger.
        LoopLimit = int.MaxValue;
        LimitToString = int.MaxValue;
    }

    /// <summary>What the site's template functions need to know about the page being rendered.</summary>
    public RenderState State { get; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TrustedHtml html)
        {
            Write(html.Value);
            return this;
        }
        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text))
        {
            Write(WebUtility.HtmlEncode(text));
        }
        return this;
    }
}
