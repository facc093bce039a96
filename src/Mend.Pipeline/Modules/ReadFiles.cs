using System.Collections.Immutable;

namespace Mend.Pipeline.Modules;

/// <summary>
/// Reads the files under <c>root/folder</c> that match a search pattern, in ordinal path order. A document's
/// source is <c>root</c> joined with the file's path below it, with forward slashes.
/// </summary>
public sealed class ReadFiles(string root, string folder, string searchPattern, bool recursive = false, bool binary = false)
    : IModule
{
    /// <summary>Whether this module reads the file at <paramref name="relativePath"/> (relative to the root, forward slashes).</summary>
    public bool Reads(string relativePath)
    {
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        if (!relativePath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = relativePath[prefix.Length..];
        return (recursive || !rest.Contains('/', StringComparison.Ordinal))
            && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(searchPattern, Path.GetFileName(rest));
    }

    /// <summary>
    /// With a cache, the document the last run read from the same file when the file still holds the same: the
    /// modules after this one then know it for unchanged by reference, and can reuse what they made of it.
    /// </summary>
    private static Document? Unchanged(Document read, ModuleCache? cache)
    {
        if (cache is null)
        {
            return null;
        }
        if (cache.TryGet<Document>(read.Source, out var last)
            && last.Content == read.Content
            && (last.Bytes is null ? read.Bytes is null : read.Bytes is { } bytes && last.Bytes.Value.AsSpan().SequenceEqual(bytes.AsSpan())))
        {
            return last;
        }
        cache.Set(read.Source, read);
        return null;
    }

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        var paths = Directory.EnumerateFiles(directory, searchPattern, option)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var documents = new List<Document>(paths.Count);
        foreach (var relative in paths)
        {
            var full = Path.Combine(root, relative);
            var source = Path.Join(root, relative).Replace('\\', '/');
            var read = binary
                ? new Document { Source = source, Bytes = ImmutableArray.Create(await File.ReadAllBytesAsync(full, context.CancellationToken)) }
                : new Document { Source = source, Content = await File.ReadAllTextAsync(full, context.CancellationToken) };
            documents.Add(Unchanged(read, context.Cache) ?? read);
        }
        return documents;
    }
}
