namespace Mend.Site.Core;

/// <summary>
/// The text of the YAML file a page was read from, kept with the page so that a position inside one of its values (a
/// link in a Markdown field) can be found in the file (<see cref="YamlValuePositions"/>).
/// </summary>
public sealed record YamlText(string Text);
