using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Site.Core;
using Mend.Site.Templates;
using Mend.Site.Yaml;

namespace Mend.Site.Strings;

/// <summary>
/// Reads the theme's strings file for the site's language, <c>i18n/LANGUAGE.yml</c>, found as layouts are (a file in the
/// site's <c>input/_theme/i18n/</c> comes first); <c>pt-BR</c> falls back to <c>pt</c>. A theme without one (a theme
/// made before themes had strings) takes the next theme's in <c>themes</c>: the default theme built into Mend. Every key
/// of the English file beside it must be in it too: a missing one is MEND121; no file anywhere is MEND122.
/// </summary>
public static class InterfaceStringsReader
{
    public const string Folder = "i18n";
    public const string ReferenceLanguage = "en";

    public static InterfaceStrings? Read(
        IReadOnlyList<ThemeFiles> themes, string language, SourceLocation? languageWritten, ICollection<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        var strings = themes
            .SelectMany(theme => Candidates(language).Select(candidate =>
                (theme, candidate, path: theme.Find(RelativePath(candidate), out var problem), problem)))
            .FirstOrDefault(found => found.path is not null);
        if (strings.path is null)
        {
            var message = $"no interface strings for language '{language}': add {RelativePath(language)} to the theme " +
                $"'{themes[0].ThemeDirectory}' or to the site's {ThemeFiles.OverrideFolder} folder";
            diagnostics.Add(languageWritten is null
                ? Diagnostic.Error(ErrorCodes.MissingLanguage, message)
                : languageWritten.Error(ErrorCodes.MissingLanguage, message));
            return null;
        }

        var theme = strings.theme;
        var read = ReadFile(theme, strings.path, strings.problem, language, diagnostics);
        if (read is not null && strings.candidate != ReferenceLanguage)
        {
            var referencePath = theme.Find(RelativePath(ReferenceLanguage), out var referenceProblem);
            if (referencePath is not null && ReadFile(theme, referencePath, referenceProblem, ReferenceLanguage, diagnostics) is { } reference)
            {
                ReportMissingKeys(read, reference, diagnostics);
            }
        }
        return diagnostics.Count > before ? null : read;
    }

    public static string RelativePath(string language) => $"{Folder}/{language}.yml";

    /// <summary><c>pt-BR</c> then <c>pt</c>.</summary>
    public static IEnumerable<string> Candidates(string language)
    {
        yield return language;
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            yield return language[..dash];
        }
    }

    /// <summary>One strings file, with <paramref name="language"/> the language it is used for.</summary>
    private static InterfaceStrings? ReadFile(
        ThemeFiles theme, string path, string? problem, string language, ICollection<Diagnostic> diagnostics)
    {
        if (problem is not null)
        {
            diagnostics.Add(Diagnostic.Error(InputRules.Files.UnreadableCode, problem, path));
            return null;
        }
        // Through the theme: the built-in theme's files are not on disk.
        if (theme.ReadText(path, out var unreadable) is not { } text)
        {
            diagnostics.Add(unreadable!);
            return null;
        }

        var source = new YamlSource(path, 0, diagnostics);
        var root = YamlLoader.Load(text, source);
        if (root is null)
        {
            return null;
        }
        if (root is not YamlMapping map)
        {
            source.Error(root.Start, ErrorCodes.WrongType, "a strings file must be a mapping of keys to text");
            return null;
        }

        var entries = new Dictionary<string, InterfaceString>(StringComparer.Ordinal);
        foreach (var key in map.Keys)
        {
            var value = map.Find(key.Value)!;
            if (value is YamlMapping group && !IsPlural(group))
            {
                foreach (var inner in group.Keys)
                {
                    Add($"{key.Value}.{inner.Value}", group.Find(inner.Value)!);
                }
            }
            else
            {
                Add(key.Value, value);
            }
        }
        return new InterfaceStrings(language, path, entries);

        void Add(string key, YamlValue value)
        {
            if (Entry(value, source) is { } entry)
            {
                entries[key] = entry;
            }
            else
            {
                source.Error(value.Start, ErrorCodes.WrongType,
                    $"'{key}' must be text, a list of text, or a mapping with 'one' and 'other' (text by count)");
            }
        }
    }

    private static InterfaceString? Entry(YamlValue value, YamlSource source) => value switch
    {
        YamlScalar scalar => new InterfaceString(source.At(scalar.Start), Text: scalar.Value),
        YamlSequence list when list.Items.All(item => item is YamlScalar) =>
            new InterfaceString(source.At(list.Start), Items: [.. list.Items.Cast<YamlScalar>().Select(item => item.Value)]),
        YamlMapping plural when IsPlural(plural) && plural.Find("one") is YamlScalar one && plural.Find("other") is YamlScalar other =>
            new InterfaceString(source.At(plural.Start), One: one.Value, Other: other.Value),
        _ => null,
    };

    private static bool IsPlural(YamlMapping map) =>
        map.Keys.Any() && map.Keys.All(key => key.Value is "one" or "other");

    private static void ReportMissingKeys(InterfaceStrings strings, InterfaceStrings reference, ICollection<Diagnostic> diagnostics)
    {
        foreach (var key in reference.Entries.Keys.Where(key => !strings.Has(key)).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(new SourceLocation(strings.File, 1, 1).Error(ErrorCodes.MissingString,
                $"missing interface string '{key}': {reference.File} has it, {strings.File} does not"));
        }
    }
}
