using System.Collections.Immutable;

namespace Mend.Site.Core;

/// <summary>
/// A page of the site: what it is, what it is called, where it is published, how it is read (breadcrumbs, the
/// pages before and after it) and which layout renders it with which <see cref="Model"/>. Stored on its document
/// as its one metadata of this type; the document's destination is <see cref="Destination"/>.
/// </summary>
public sealed record Page(PageKind Kind, string Title, string Description, string Url, string Layout)
{
    /// <summary>The id an <c>xref:</c> names this page by, or null for a page no link names.</summary>
    public string? Id { get; init; }

    /// <summary>Where <see cref="Id"/> was written, for errors about it (a repeated id, a clash of files).</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The headings (or other anchors) of the page that <c>xref:ID#anchor</c> may name, in page order.</summary>
    public ImmutableArray<Heading> Headings { get; init; } = [];

    /// <summary>The pages above this one, outermost first; the home page is implied.</summary>
    public ImmutableArray<PageLink> Breadcrumbs { get; init; } = [];

    public PageLink? Previous { get; init; }

    public PageLink? Next { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>When the page last changed in substance, if its author says: the sitemap's and the feed's date.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>When the page was last checked, by whom, and its sources; null when its author gives none.</summary>
    public Review? Review { get; init; }

    /// <summary>The later of <see cref="Updated"/> and the review date: the sitemap's <c>lastmod</c> and the feed's date.</summary>
    public DateOnly? LastModified => Review.Latest(Updated, Review);

    /// <summary>
    /// The first sentence of the words the page offers to say (an example's repair, a challenge's better response),
    /// quoted under its title where it is listed; empty for other pages.
    /// </summary>
    public string Quote { get; init; } = "";

    /// <summary>The label of the home page's door that leads to this page (a guide that sorts the site for one kind of
    /// reader); empty for a page that is not a door.</summary>
    public string Door { get; init; } = "";

    /// <summary>When the main navigation lists this page: the kind of page it leads to, whose plural is its label.</summary>
    public PageKind? Section { get; init; }

    /// <summary>A sensitive page (the safety guide, an assessment): it carries the quick-exit control.</summary>
    public bool QuickExit { get; init; }

    /// <summary>A page a server may send for any address (404.html): its links start at the base path.</summary>
    public bool ServedAnywhere { get; init; }

    /// <summary>The typed model its layout reads as <c>model</c>; null for a layout that needs none.</summary>
    public object? Model { get; init; }

    public string Destination => PageUrls.DestinationOf(Url);

    public PageLink Link => new(Title, Description, Url) { Quote = Quote, Door = Door };
}
