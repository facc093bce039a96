namespace Mend.Site.Core;

/// <summary>A file the layouts link with <c>asset</c>: <see cref="Name"/> is its path under the theme's <c>assets/</c>.</summary>
public sealed record Asset(string Name)
{
    /// <summary>The output folder of every asset, and the theme folder they are read from.</summary>
    public const string Folder = "assets";
}
