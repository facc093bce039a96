using System.Text.RegularExpressions;
using Mend.Site;

namespace Mend.Browser.Tests;

/// <summary>
/// A site built into a temporary folder and reachable at <see cref="Root"/>: over http from a local server,
/// or as <c>file://</c> (an offline build, whose links name index.html files). Its pages are found in the
/// output, grouped by kind.
/// </summary>
public sealed partial class BuiltSite
{
    private BuiltSite(string name, string folder, Uri root, string input)
    {
        Name = name;
        Input = input;
        Folder = folder;
        Root = root;
        Pages = [.. Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
        Guides = [.. Pages.Where(p => GuidePage().IsMatch(p))];
        Catalogs = [.. CatalogsOf(input).Select(c => new Catalog(c.Kind, $"{c.Id}/index.html",
            [.. Pages.Where(p => p.StartsWith(c.Id + "/", StringComparison.Ordinal) && p.Count(ch => ch == '/') == 2)]))];
        Assessments = [.. IdsOf(input, "assessments").Select(id => $"{id}/index.html")];
    }

    /// <summary>The self-assessment pages (<c>self-assessment/index.html</c>).</summary>
    public IReadOnlyList<string> Assessments { get; }

    public string Name { get; }

    public string Input { get; }

    public string Folder { get; }

    /// <summary>The address of the site's root folder, ending in a slash.</summary>
    public Uri Root { get; }

    public bool IsFile => Root.IsFile;

    /// <summary>Every page, as output-relative paths (<c>guides/x/index.html</c>).</summary>
    public IReadOnlyList<string> Pages { get; }

    public IReadOnlyList<string> Guides { get; }

    public IReadOnlyList<Catalog> Catalogs { get; }

    public Catalog? CatalogOfKind(string kind) => Catalogs.FirstOrDefault(c => c.Kind == kind);

    /// <summary>Where the browser shows a page: a folder URL over http, the file itself from disk.</summary>
    public Uri UrlOf(string page)
    {
        var path = !IsFile && page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
        return new Uri(Root, path);
    }

    /// <summary>The page a browser URL shows (fragment and query ignored), or null when it is not one of the site's.</summary>
    public string? PageOf(string url)
    {
        if (!Contains(url))
        {
            return null;
        }
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath[Root.AbsolutePath.Length..]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>True for a URL within this site: same scheme, host and root folder.</summary>
    public bool Contains(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Root.Scheme
        && uri.Authority == Root.Authority
        && uri.AbsolutePath.StartsWith(Root.AbsolutePath, StringComparison.Ordinal);

    public static async Task<BuiltSite> BuildAsync(string name, string input, string folder, bool offline, string? baseUrl = null)
    {
        var report = await SiteBuilder.BuildAsync(new BuildOptions(input, folder, baseUrl, offline, Repo.Themes));
        if (!report.Succeeded)
        {
            throw new InvalidOperationException($"the {name} site did not build:\n{string.Join('\n', report.Diagnostics)}");
        }
        return new BuiltSite(name, folder, new Uri(Path.TrimEndingDirectorySeparator(folder) + "/"), input);
    }

    /// <summary>A folder built elsewhere (an unpacked bundle), opened from disk.</summary>
    public static BuiltSite Open(string name, string input, string folder) =>
        new(name, folder, new Uri(Path.TrimEndingDirectorySeparator(folder) + "/"), input);

    /// <summary>The same built folder, reached at another address (a server's).</summary>
    public BuiltSite At(Uri root, string name) => new(name, Folder, root, Input);

    public override string ToString() => Name;

    // Which catalog folder holds which kind comes from the input, not from page markup.
    private static IEnumerable<(string Kind, string Id)> CatalogsOf(string input)
    {
        var folder = Path.Join(input, "catalogs");
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var kind = TopLevel(text, "kind") ?? "";
            var id = TopLevel(text, "id") ?? Path.GetFileNameWithoutExtension(file);
            yield return (kind, id);
        }
    }

    private static IEnumerable<string> IdsOf(string input, string folder) =>
        Directory.Exists(Path.Join(input, folder))
            ? Directory.EnumerateFiles(Path.Join(input, folder), "*.yml").Order(StringComparer.Ordinal)
                .Select(file => TopLevel(File.ReadAllText(file), "id") ?? Path.GetFileNameWithoutExtension(file))
            : [];

    private static string? TopLevel(string yaml, string key) =>
        Regex.Match(yaml, $@"^{key}:\s*(\S+)\s*$", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^guides/[^/]+/index\.html$")]
    private static partial Regex GuidePage();
}

/// <summary>A catalog's index page and its entry pages.</summary>
public sealed record Catalog(string Kind, string Index, IReadOnlyList<string> Entries);
