using System.Collections.Immutable;
using Mend.Site.Catalogs;
using Mend.Site.Core;

namespace Mend.Site.Safety;

/// <summary>
/// What the danger-word check (MEND304) reads of a page: its text, as <see cref="Fields"/> each located where it
/// starts (a guide's whole body, or a catalog entry's Markdown fields, found in <see cref="File"/>, the YAML file's
/// text), whether it has a safety note, and the ids it names outside its text (a catalog entry's <c>steps</c>).
/// </summary>
public sealed record SafetyCheckedText(ImmutableArray<Located<string>> Fields, YamlText? File, bool HasSafetyNote, ImmutableArray<string> Steps)
{
    /// <summary>A guide's Markdown body, which starts at the file's first line (its front matter lines are blank).</summary>
    public static SafetyCheckedText OfGuide(string source, string body, bool hasSafetyNote) =>
        new([new Located<string>(body, new SourceLocation(source, 1, 1))], null, hasSafetyNote, []);

    /// <summary>An entry's Markdown fields, in the order its page shows them; other pages of a catalog have none.</summary>
    public static SafetyCheckedText? OfCatalogPart(CatalogPart part, YamlText? file) => part switch
    {
        RupturePart { Entry: var e } => new(
            [e.Scenario, e.Impact, .. e.IfHurt is { } hurt ? [hurt.Feel] : Array.Empty<Located<string>>()],
            file, e.SafetyNote is not null, [.. e.Steps.Select(s => s.Value)]),
        ChallengePart { Entry: var e } => new(
            [e.WhatItIs, e.Example.Scenario, e.Example.Impact, .. e.HowToOvercome.Select(t => t.Text)],
            file, e.SafetyNote is not null, [.. e.Steps.Select(s => s.Value)]),
        _ => null,
    };

    /// <summary>Where line <c>line</c>, column <c>column</c> of <paramref name="field"/> is written.</summary>
    public SourceLocation Locate(Located<string> field, int line, int column)
    {
        if (File is not null)
        {
            return YamlValuePositions.Of(field, File)(line, column);
        }
        var start = field.Location;
        return new SourceLocation(start.File, start.Line + line - 1, line == 1 ? start.Column + column - 1 : column);
    }
}
