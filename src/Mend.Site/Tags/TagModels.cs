using Mend.Site.Core;

namespace Mend.Site.Tags;

/// <summary>The model of the <c>tags</c> layout: every tag, with the number of pages that carry it as its summary.</summary>
public sealed record TagIndexModel(IReadOnlyList<PageLink> Tags);

/// <summary>The model of the <c>tag</c> layout: the pages with one tag, grouped by kind.</summary>
public sealed record TagModel(string Tag, IReadOnlyList<TagGroup> Groups);

/// <summary>The pages of one kind with a tag; <see cref="Title"/> is the kind's plural label.</summary>
public sealed record TagGroup(string Title, IReadOnlyList<PageLink> Entries);
