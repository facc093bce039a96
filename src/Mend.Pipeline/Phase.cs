namespace Mend.Pipeline;

/// <summary>The four phases every pipeline runs, in this order.</summary>
public enum Phase
{
    /// <summary>Reads documents; sees nothing of other pipelines.</summary>
    Input,

    /// <summary>Transforms documents; sees the Process outputs of the pipelines it depends on, and what every pipeline read.</summary>
    Process,

    /// <summary>Runs after every Process phase; sees every pipeline's Process outputs.</summary>
    PostProcess,

    /// <summary>Runs after every PostProcess phase; sees every pipeline's PostProcess outputs.</summary>
    Output,
}
