using Scriban.Parsing;
using Scriban.Syntax;

namespace Mend.Site.Strings;

/// <summary>A string asked for that the language's strings file does not have: MEND121 where it is asked for.</summary>
public sealed class MissingStringException(string key, string message) : Exception(message)
{
    public string Key => key;

    /// <summary>The same, as a template error at the call's place.</summary>
    public ScriptRuntimeException InTemplate(SourceSpan span) => new MissingStringInTemplate(span, Message);
}

/// <summary>A missing string asked for by a template, so that <c>ApplyLayout</c> reports it as MEND121.</summary>
public sealed class MissingStringInTemplate(SourceSpan span, string message) : ScriptRuntimeException(span, message);
