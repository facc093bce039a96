using Mend.Pipeline;

namespace Mend.Site.SiteFiles;

/// <summary>
/// Adds an empty <c>.nojekyll</c> at the output root, so GitHub Pages serves the files as they are instead of
/// running them through Jekyll (which would drop files and folders whose names start with an underscore).
/// </summary>
public sealed class CreateNoJekyll : DocumentModule
{
    public const string FileName = ".nojekyll";

    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        [.. inputs, new Document { Destination = FileName }];
}
