namespace Mend.Site.Core;

/// <summary>
/// A file under <c>assets/</c>: <see cref="Name"/> is its path there. The layouts link it with <c>asset</c>, unless
/// it is <see cref="Internal"/>: a file only another asset names (a search-index shard, which the index's manifest
/// names), so that the layouts do not change when only such files do.
/// </summary>
public sealed record Asset(string Name, bool Internal = false)
{
    /// <summary>The output folder of every asset, and the theme folder they are read from.</summary>
    public const string Folder = "assets";
}
