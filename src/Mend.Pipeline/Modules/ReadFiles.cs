using System.Collections.Immutable;
using Mend.Pipeline.IO;

namespace Mend.Pipeline.Modules;

/// <summary>
/// Reads the files under <c>root/folder</c> that match a search pattern, in ordinal path order, as
/// <see cref="SourceTree"/> lists them and <see cref="SourceReader"/> reads them: a file or folder that cannot be
/// used is an error at its path. A document's source is <c>root</c> joined with the file's path below it, with
/// forward slashes. Files that match <see cref="Except"/> are left out, and what is read comes after the documents the
/// module is given, so that two readers in a row read both sets.
/// </summary>
public sealed class ReadFiles(
    SourceRules rules, string root, string folder, string searchPattern, bool recursive = false, bool binary = false)
    : IModule
{
    /// <summary>A search pattern of file names not to read, such as <c>*.md</c>; none by default.</summary>
    public string? Except { get; init; }

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
            && SourceTree.Matches(searchPattern, Path.GetFileName(rest))
            && !IsExcepted(rest);
    }

    private bool IsExcepted(string relativePath) => Except is not null && SourceTree.Matches(Except, Path.GetFileName(relativePath));

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

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var listing = SourceTree.List(root, folder, searchPattern, recursive);
        foreach (var (path, problem) in listing.Problems)
        {
            context.Report(Diagnostic.Error(rules.UnreadableCode, problem, path.Replace('\\', '/')));
        }

        var documents = new List<Document>(inputs.Count + listing.Files.Count);
        documents.AddRange(inputs);
        foreach (var relative in listing.Files.Where(relative => !IsExcepted(relative)))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var full = Path.Combine(root, relative);
            var source = Path.Join(root, relative).Replace('\\', '/');
            Diagnostic? error;
            var read = binary
                ? SourceReader.ReadBytes(full, source, rules, out error) is { } bytes
                    ? new Document { Source = source, Bytes = ImmutableArray.Create(bytes) }
                    : null
                : SourceReader.ReadText(full, source, rules, out error) is { } text
                    ? new Document { Source = source, Content = text }
                    : null;
            if (read is null)
            {
                context.Report(error!);
                continue;
            }
            documents.Add(Unchanged(read, context.Cache) ?? read);
        }
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
