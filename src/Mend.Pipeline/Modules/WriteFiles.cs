using System.Text;

namespace Mend.Pipeline.Modules;

/// <summary>Writes every document that has a destination under the output folder, as UTF-8 without a byte order mark.</summary>
public sealed class WriteFiles(string outputRoot) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        // With a trailing separator, so that a sibling such as "../out2" of "out" does not pass as inside it.
        var root = Path.GetFullPath(outputRoot);
        root = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        foreach (var document in inputs.Where(d => d.Destination is not null))
        {
            var path = Path.GetFullPath(Path.Combine(outputRoot, document.Destination!));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                context.Report(Diagnostic.Error("MEND901", $"refusing to write outside the output folder: {document.Destination}", document.Source));
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (document.Bytes is { } bytes)
            {
                await File.WriteAllBytesAsync(path, bytes.ToArray(), context.CancellationToken);
            }
            else
            {
                await File.WriteAllTextAsync(path, document.Content, Utf8, context.CancellationToken);
            }
        }
        return inputs;
    }
}
