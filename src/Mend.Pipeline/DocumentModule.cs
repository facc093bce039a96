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
    protected virtual IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (ReusesResults && context.Cache is { } cache)
        {
            var key = ReuseKey(context);
            return MapInParallel(inputs, document => Reused(cache, key, document, context));
        }
        return MapInParallel(inputs, document => Map(document, context));
    }

    /// <summary>
    /// True when <see cref="Map"/> depends on nothing but the document it is given and what <see cref="ReuseKey"/>
    /// stands for: then a rebuild that keeps a <see cref="RunCache"/> hands back what the last run made of the very
    /// same document, diagnostics included, instead of mapping it again, as long as the key is the same.
    /// </summary>
    protected virtual bool ReusesResults => false;

    /// <summary>
    /// What <see cref="Map"/> depends on besides its document (such as the site's ids), as a string that is equal in
    /// two runs only if it would map the same document alike in both; nothing, by default.
    /// </summary>
    protected virtual string ReuseKey(IExecutionContext context) => "";

    private IEnumerable<Document> Reused(ModuleCache cache, string key, Document document, IExecutionContext context) =>
        Reusing(context, document, key, report => [.. Map(document, new RecordingContext(context, report))]);

    /// <summary>
    /// What <paramref name="make"/> gives for <paramref name="document"/>, reporting to the action it is handed; or, in
    /// a rebuild that keeps a <see cref="RunCache"/>, what it gave last time for the very same document under the
    /// same <paramref name="key"/>. What was reported is reported again either way. For modules that map each document
    /// on its own but with state of the whole run, which the key stands for.
    /// </summary>
    protected static IReadOnlyList<Document> Reusing(
        IExecutionContext context, Document document, string key, Func<Action<Diagnostic>, IReadOnlyList<Document>> make)
    {
        if (context.Cache is not { } cache)
        {
            return make(context.Report);
        }
        if (!cache.TryGet<Mapped>(document, out var mapped) || mapped.Key != key)
        {
            var diagnostics = new List<Diagnostic>();
            mapped = new Mapped(key, make(diagnostics.Add), diagnostics);
            cache.Set(document, mapped);
        }
        foreach (var diagnostic in mapped.Diagnostics)
        {
            context.Report(diagnostic);
        }
        return mapped.Outputs;
    }

    /// <summary>What <see cref="Map"/> made of one document, under which key, and what it reported.</summary>
    private sealed record Mapped(string Key, IReadOnlyList<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The module's context, with what it reports sent to <paramref name="report"/> (kept for the cache) rather than passed on.</summary>
    private sealed class RecordingContext(IExecutionContext inner, Action<Diagnostic> report) : IExecutionContext
    {
        public string PipelineName => inner.PipelineName;

        public Phase Phase => inner.Phase;

        public CancellationToken CancellationToken => inner.CancellationToken;

        public ModuleCache? Cache => inner.Cache;

        public void Report(Diagnostic diagnostic) => report(diagnostic);

        public IReadOnlyList<Document> OutputsOf(string pipelineName) => inner.OutputsOf(pipelineName);

        public IReadOnlyList<Document> VisibleOutputs() => inner.VisibleOutputs();

        public IReadOnlyList<Document> InputsOf(string pipelineName) => inner.InputsOf(pipelineName);
    }

    /// <summary>The documents that follow from one input: itself changed, several, or none to drop it.</summary>
    protected virtual IEnumerable<Document> Map(Document document, IExecutionContext context) => [document];

    /// <summary>Maps each document in parallel on the machine's cores; the results keep the order of the inputs.</summary>
    protected static IReadOnlyList<Document> MapInParallel(IReadOnlyList<Document> inputs, Func<Document, IEnumerable<Document>> map) =>
        [.. InParallel.Map(inputs, document => map(document).ToList()).SelectMany(documents => documents)];
}
