namespace Mend.Site.Core;

/// <summary>A link to a page for listings and navigation; <see cref="Url"/> is site-rooted (pass it to <c>url</c>).</summary>
public sealed record PageLink(string Title, string Summary, string Url)
{
    /// <summary>The page's <see cref="Page.Quote"/>, which a listing's card shows under the title; empty for most pages.</summary>
    public string Quote { get; init; } = "";

    /// <summary>The page's <see cref="Page.Door"/>: the home page lists it as a door under this label.</summary>
    public string Door { get; init; } = "";
}
