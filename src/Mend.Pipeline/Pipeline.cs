using System.Collections.Immutable;

namespace Mend.Pipeline;

/// <summary>
/// A named list of modules per phase, run after the pipelines it depends on. The module lists are set when the
/// pipeline is built (in its constructor or an object initializer) and cannot change after that.
/// </summary>
public class Pipeline
{
    public Pipeline(string name, params string[] dependencies)
    {
        Name = name;
        Dependencies = [.. dependencies];
    }

    public string Name { get; }

    public ImmutableArray<string> Dependencies { get; }

    public ImmutableArray<IModule> Input { get; init; } = [];

    public ImmutableArray<IModule> Process { get; init; } = [];

    public ImmutableArray<IModule> PostProcess { get; init; } = [];

    public ImmutableArray<IModule> Output { get; init; } = [];

    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}
