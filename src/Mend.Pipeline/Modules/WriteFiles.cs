using System.Text;

namespace Mend.Pipeline.Modules;

/// <summary>
/// Writes every document that has a destination under the output folder, as UTF-8 without a byte order mark, several
/// files at a time. Two documents for one file are the site's error to report, not this module's.
/// </summary>
public sealed class WriteFiles(string outputRoot) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        // With a trailing separator, so that a sibling such as "../out2" of "out" does not pass as inside it.
        var root = Path.GetFullPath(outputRoot);
        root = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var written = inputs.Where(d => d.Destination is not null);
        await Parallel.ForEachAsync(written, context.CancellationToken, async (document, cancellationToken) =>
        {
            var path = Path.GetFullPath(Path.Combine(outputRoot, document.Destination!));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                context.Report(Diagnostic.Error("MEND901", $"refusing to write outside the output folder: {document.Destination}", document.Source));
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (document.Bytes is { } bytes)
            {
                await File.WriteAllBytesAsync(path, bytes.ToArray(), cancellationToken);
            }
            else
            {
                await File.WriteAllTextAsync(path, document.Content, Utf8, cancellationToken);
            }
        });
        return inputs;
    }
}
