using Mend.Pipeline;

namespace Mend.Site.Modules;

/// <summary>
/// Adds an empty <c>.nojekyll</c> at the output root, so GitHub Pages serves the files as they are instead of
/// running them through Jekyll (which would drop files and folders whose names start with an underscore).
/// </summary>
public sealed class CreateNoJekyll : IModule
{
    public const string FileName = ".nojekyll";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. inputs, new Document { Destination = FileName }]);
}
