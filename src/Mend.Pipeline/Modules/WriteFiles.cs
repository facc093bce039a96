using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Mend.Pipeline.Modules;

/// <summary>
/// Writes every document that has a destination under the output folder, as UTF-8 without a byte order mark, several
/// files at a time. Two documents for one file are the site's error to report, not this module's.
/// </summary>
public sealed class WriteFiles(string outputRoot) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        // With a trailing separator, so that a sibling such as "../out2" of "out" does not pass as inside it.
        var root = Path.GetFullPath(outputRoot);
        root = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var files = new List<(Document Document, string Path)>();
        foreach (var document in inputs.Where(d => d.Destination is not null))
        {
            var path = Path.GetFullPath(Path.Combine(outputRoot, document.Destination!));
            if (path.StartsWith(root, StringComparison.Ordinal))
            {
                files.Add((document, path));
            }
            else
            {
                context.Report(Diagnostic.Error("MEND901", $"refusing to write outside the output folder: {document.Destination}", document.Source));
            }
        }

        Parallel.ForEach(
            files,
            new ParallelOptions { CancellationToken = context.CancellationToken },
            file =>
            {
                // Each file's folder as the file is written, not all folders first: folders in one parent are made one
                // at a time (the parent is locked), and on some file systems each takes a millisecond, so making them
                // first left the other cores idle. This way one thread makes a folder while another writes a file.
                Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
                Write(file.Path, file.Document);
            });
        return Task.FromResult<IReadOnlyList<Document>>(inputs);
    }

    private static void Write(string path, Document document)
    {
        var bytes = document.Bytes is { } binary ? binary.AsSpan() : Utf8.GetBytes(document.Content);
        // Shared access: a file the build has just created needs no lock against other processes.
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        RandomAccess.Write(handle, bytes, fileOffset: 0);
    }
}
