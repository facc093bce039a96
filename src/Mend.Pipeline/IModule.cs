namespace Mend.Pipeline;

/// <summary>One step of a phase: takes the documents so far and returns the documents that follow.</summary>
public interface IModule
{
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context);
}
