using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.AuthorFiles;

/// <summary>
/// Gives each author file its <see cref="AuthorFile"/> and its destination: its path under the input folder with a
/// content hash in the name (<c>guides/photo.1a2b3c4d5e.png</c>), which is what Markdown links to. A file under
/// <c>static/</c> is also written under its own name, so that other sites and printed pages can link it at an address
/// that does not change. Without <paramref name="fingerprints"/> (a preview) every file keeps its own name only. A file
/// that would run as code (<see cref="ActiveContent"/>) is an error, and is not published.
/// </summary>
public sealed class DescribeAuthorFiles(string inputDirectory, bool fingerprints = true) : DocumentModule
{
    protected override bool ReusesResults => true;

    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var inputPath = Path.GetRelativePath(inputDirectory, document.Source).Replace('\\', '/');
        var contents = document.Bytes!.Value;
        if (ActiveContent.Of(document.Source, inputPath, contents.AsSpan()) is { } problem)
        {
            context.Report(problem);
            yield break;
        }
        var destination = fingerprints ? ContentHash.InsertInto(inputPath, contents.AsSpan()) : inputPath;
        var file = new AuthorFile(inputPath, UrlOf(destination), contents.Length, ImageSizes.Of(inputPath, contents));
        yield return document.With(file) with { Destination = destination };
        if (destination != inputPath && inputPath.StartsWith(AuthorFile.StaticFolder + "/", StringComparison.Ordinal))
        {
            yield return new Document { Source = document.Source, Bytes = contents, Destination = inputPath };
        }
    }

    private static string UrlOf(string destination) => "/" + string.Join('/', destination.Split('/').Select(Uri.EscapeDataString));
}
