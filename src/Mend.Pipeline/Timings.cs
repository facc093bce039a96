namespace Mend.Pipeline;

/// <summary>How long one module took in one pipeline's phase, and how many documents it returned.</summary>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed, int Documents);

/// <summary>
/// How long a phase took from its start until every pipeline had finished it, and the size of the managed heap then
/// (what is still referenced plus garbage not yet collected: a rough measure of what the phase keeps).
/// </summary>
public sealed record PhaseTiming(Phase Phase, TimeSpan Elapsed, long HeapBytes);
