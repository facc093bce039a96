namespace Mend.Pipeline;

/// <summary>
/// The helper base for a module whose work is synchronous. It maps each document on its own with <see cref="Map"/>,
/// in parallel, and returns the results in the order of the inputs; a module that must see all its inputs at once
/// overrides <see cref="Run"/>. <see cref="Map"/> must therefore not change state that other documents share.
/// </summary>
public abstract class DocumentModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. Run(inputs, context)]);

    /// <summary>The documents that follow from all the inputs; by default, each input mapped on its own.</summary>
    protected virtual IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        MapInParallel(inputs, document => Map(document, context));

    /// <summary>The documents that follow from one input: itself changed, several, or none to drop it.</summary>
    protected virtual IEnumerable<Document> Map(Document document, IExecutionContext context) => [document];

    /// <summary>Maps each document in parallel on the machine's cores; the results keep the order of the inputs.</summary>
    protected static IReadOnlyList<Document> MapInParallel(IReadOnlyList<Document> inputs, Func<Document, IEnumerable<Document>> map) =>
        [.. InParallel.Map(inputs, document => map(document).ToList()).SelectMany(documents => documents)];
}
