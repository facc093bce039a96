namespace Mend.Pipeline;

/// <summary>A typed metadata key: the value stored under <see cref="Name"/> is a <typeparamref name="T"/>.</summary>
public sealed record Key<T>(string Name) where T : notnull;
