using System.Collections.Frozen;
using System.Reflection;

namespace Mend.Site.Templates;

/// <summary>
/// The default theme, built into Mend as resources of this assembly (every file under <c>themes/default/</c> when
/// Mend was built), so that a site with no themes folder still builds, as an installed <c>mend</c> tool has none.
/// Its files are named by <see cref="PathOf"/>, a name that is not a path on disk.
/// </summary>
public static class BuiltInTheme
{
    public const string Name = "default";

    /// <summary>How diagnostics and <see cref="ThemeFiles.ThemeDirectory"/> name the built-in theme's folder.</summary>
    public const string Root = "built-in:themes/" + Name;

    // Set by the EmbeddedResource item in Mend.Site.csproj.
    private const string ResourcePrefix = "theme/";

    private static readonly Assembly Assembly = typeof(BuiltInTheme).Assembly;

    /// <summary>Resource names by the file's path relative to the theme, with forward slashes.</summary>
    private static readonly FrozenDictionary<string, string> Resources = Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .ToFrozenDictionary(name => name[ResourcePrefix.Length..].Replace('\\', '/'), StringComparer.Ordinal);

    public static string PathOf(string relative) => Root + "/" + relative;

    public static bool Contains(string relative) => Resources.ContainsKey(relative);

    /// <summary>The relative paths of the files under <paramref name="folder"/> (e.g. <c>assets</c>), at any depth.</summary>
    public static IEnumerable<string> List(string folder) =>
        Resources.Keys.Where(relative => relative.StartsWith(folder + "/", StringComparison.Ordinal));

    /// <summary>The bytes of the file that <see cref="PathOf"/> named, or null when <paramref name="path"/> names none.</summary>
    public static byte[]? Read(string path)
    {
        if (!path.StartsWith(Root + "/", StringComparison.Ordinal)
            || !Resources.TryGetValue(path[(Root.Length + 1)..], out var resource))
        {
            return null;
        }
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
