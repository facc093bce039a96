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
/// of the English file beside it, and of the built-in theme's (<see cref="References"/>), must be in it too: a missing
/// one is MEND121; no file anywhere is MEND122.
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
        if (read is not null)
        {
            ReportMissingKeys(read, References(theme, strings.path, diagnostics), diagnostics);
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

    /// <summary>
    /// The English files whose keys a strings file must have: the theme's own, which its templates ask for, and the
    /// built-in default theme's, which holds every key Mend's own code writes into pages (step labels, page titles,
    /// the names of kinds of page, dates). A key missing there would otherwise fail while the pages are made.
    /// </summary>
    private static List<InterfaceStrings> References(ThemeFiles theme, string chosenPath, ICollection<Diagnostic> diagnostics)
    {
        var english = RelativePath(ReferenceLanguage);
        var builtIn = ThemeFiles.BuiltIn(string.Empty);
        var references = new List<InterfaceStrings>();
        foreach (var (files, path, problem) in new[]
        {
            (theme, theme.Find(english, out var themeProblem), themeProblem),
            (builtIn, BuiltInTheme.PathOf(english), (string?)null),
        })
        {
            if (path is not null && path != chosenPath && ReadFile(files, path, problem, ReferenceLanguage, diagnostics) is { } reference)
            {
                references.Add(reference);
            }
        }
        return references;
    }

    /// <summary>Each key some reference has and <paramref name="strings"/> lacks, once, naming the first reference that has it.</summary>
    private static void ReportMissingKeys(InterfaceStrings strings, IReadOnlyList<InterfaceStrings> references, ICollection<Diagnostic> diagnostics)
    {
        var missing = references
            .SelectMany(reference => reference.Entries.Keys.Where(key => !strings.Has(key)).Select(key => (key, reference.File)))
            .DistinctBy(pair => pair.key)
            .OrderBy(pair => pair.key, StringComparer.Ordinal);
        foreach (var (key, file) in missing)
        {
            diagnostics.Add(new SourceLocation(strings.File, 1, 1).Error(ErrorCodes.MissingString,
                $"missing interface string '{key}': {file} has it, {strings.File} does not"));
        }
    }
}
