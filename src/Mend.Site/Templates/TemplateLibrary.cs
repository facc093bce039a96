using System.Collections.Concurrent;
using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Site.Core;
using Mend.Site.Strings;
using Scriban;

namespace Mend.Site.Templates;

/// <summary>
/// Loads and parses each layout once; a template with syntax errors is reported at its own line and column. Holds the
/// interface strings the layouts show, in the site's language.
/// </summary>
public sealed class TemplateLibrary(ThemeFiles theme, InterfaceStrings strings)
{
    private readonly ConcurrentDictionary<string, Lazy<(Template? Template, IReadOnlyList<Diagnostic> Errors)>> _cache =
        new(StringComparer.Ordinal);

    public ThemeFiles Theme => theme;

    public InterfaceStrings Strings => strings;

    /// <summary>Gets <c>layouts/NAME.sbn</c>; null with the reasons in <paramref name="errors"/> when it cannot be used.</summary>
    public Template? Get(string name, out IReadOnlyList<Diagnostic> errors)
    {
        var entry = _cache.GetOrAdd(name, key => new Lazy<(Template?, IReadOnlyList<Diagnostic>)>(() => Load(key))).Value;
        errors = entry.Errors;
        return entry.Template;
    }

    private (Template?, IReadOnlyList<Diagnostic>) Load(string name)
    {
        var relative = $"layouts/{name}.sbn";
        var path = theme.Find(relative, out var problem);
        if (problem is not null)
        {
            return (null, [Diagnostic.Error(InputRules.Files.UnreadableCode, problem, path)]);
        }
        if (path is null)
        {
            return (null, [Diagnostic.Error(ErrorCodes.Template,
                $"the theme has no '{relative}' (looked in '{theme.ThemeDirectory}' and in the site's {ThemeFiles.OverrideFolder} folder)")]);
        }

        if (theme.ReadText(path, out var unreadable) is not { } text)
        {
            return (null, [unreadable!]);
        }
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            return (null, [.. template.Messages.Select(m => Diagnostic.Error(ErrorCodes.Template, m.Message,
                path, m.Span.Start.Line + 1, m.Span.Start.Column + 1))]);
        }
        return (template, []);
    }
}
