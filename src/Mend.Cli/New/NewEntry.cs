using System.CommandLine;

namespace Mend.Cli.New;

/// <summary>
/// <c>mend new entry|challenge [ID] [--input DIR] [--catalog NAME] [--title TEXT]</c>: adds an entry, with its required
/// fields filled in, at the end of a catalog's <c>entries</c> (the rest of the file stays as it was), or creates the
/// catalog when the site has none of that kind.
/// </summary>
internal static class NewEntry
{
    /// <summary>What one kind of catalog entry needs: its command, the catalog kind, and the text of a new entry and catalog.</summary>
    internal sealed record EntryKind(
        string Command,
        string CatalogKind,
        string Description,
        Func<string, string, CatalogFacts, IReadOnlyList<string>> Lines,
        Func<string, IReadOnlyList<string>> CatalogHead);

    /// <summary>What a new entry takes from its catalog and site: a severity and a guide step, for a rupture.</summary>
    internal sealed record CatalogFacts(string? Severity, string? Step);

    public static readonly EntryKind Ruptures = new(
        "entry",
        "ruptures",
        "Add a rupture to a rupture catalog, with its required fields filled in.",
        (id, title, facts) =>
        [
            $"- id: {id}",
            $"  title: {NewIds.Quoted(title)}",
            $"  severity: {facts.Severity}",
            "  scenario: What happened, in two or three plain sentences.",
            "  impact: What it did to the other person, and how it may have felt.",
            "  repair:",
            "    say: \"Words that could begin the repair, as you would say them.\"",
            $"  steps: [{facts.Step}]",
        ],
        id =>
        [
            "# yaml-language-server: $schema=../../schemas/ruptures.schema.json",
            "kind: ruptures",
            $"id: {id}",
            "title: Ruptures and how to mend them",
            "summary: Everyday hurts between people who care about each other, and words that could begin a repair.",
            "severities:",
            "  - id: minor",
            "    title: Small hurts",
        ]);

    public static readonly EntryKind Challenges = new(
        "challenge",
        "challenges",
        "Add a challenge (what gets in the way of repair) to a challenge catalog, with its required fields filled in.",
        (id, title, _) =>
        [
            $"- id: {id}",
            $"  title: {NewIds.Quoted(title)}",
            "  summary: One sentence on what this reaction is.",
            "  what_it_is: What the reaction looks like, and why people fall into it.",
            "  why_it_hurts:",
            "    - Why it hurts the other person.",
            "  example:",
            "    scenario: A short, everyday moment where it happens.",
            "    says: \"What someone might say in that moment.\"",
            "    impact: What those words do to the other person.",
            "  how_to_overcome:",
            "    - title: A first thing to try",
            "      text: How to do it, in a sentence or two.",
            "  better_response: \"What could be said instead.\"",
        ],
        id =>
        [
            "# yaml-language-server: $schema=../../schemas/challenges.schema.json",
            "kind: challenges",
            $"id: {id}",
            "title: What gets in the way of repair",
            "summary: Common reactions that stall a repair, and what to try instead.",
        ]);

    public static Command Create(EntryKind kind)
    {
        var options = new NewCommand.ItemOptions(kind.Command);
        var catalog = new Option<string?>("--catalog")
        {
            Description = $"The catalog's file name under catalogs/, without .yml (default: the site's one {kind.CatalogKind} catalog, else a new catalogs/{kind.CatalogKind}.yml).",
        };
        var command = new Command(kind.Command, kind.Description);
        options.AddTo(command);
        command.Options.Add(catalog);
        command.SetAction(parsed => NewCommand.Guarded(() => Run(kind, parsed.GetValue(options.Input)!, parsed.GetValue(catalog), parsed.GetValue(options.Id), parsed.GetValue(options.Title))));
        return command;
    }

    private static int Run(EntryKind kind, string input, string? catalogName, string? wanted, string? title)
    {
        if (!Directory.Exists(input))
        {
            return NewCommand.Refuse($"the input folder '{input}' does not exist (use --input DIR).");
        }
        if (catalogName is not null && NewIds.Problem(catalogName) is { } badName)
        {
            return NewCommand.Refuse($"--catalog: {badName}.");
        }
        if (FindCatalog(kind, input, catalogName, out var problem) is not { } path)
        {
            return NewCommand.Refuse(problem!);
        }

        CatalogFile? catalog = null;
        if (File.Exists(path))
        {
            catalog = CatalogFile.Read(path, out problem);
            if (catalog is null)
            {
                return NewCommand.Refuse(problem!);
            }
            if (catalog.Kind != kind.CatalogKind)
            {
                return NewCommand.Refuse($"'{NewCommand.Shown(path)}' is a catalog of kind '{catalog.Kind}', not {kind.CatalogKind}; choose another with --catalog.");
            }
        }

        var taken = new HashSet<string>(catalog?.EntryIds ?? [], StringComparer.Ordinal);
        var guides = Path.Join(input, "guides");
        var id = NewIds.Choose(wanted, "new-" + kind.Command, candidate => taken.Contains(candidate) || File.Exists(Path.Join(guides, candidate + ".md")));
        if (NewIds.Problem(id) is { } badId)
        {
            return NewCommand.Refuse(badId + ".");
        }
        if (taken.Contains(id) || File.Exists(Path.Join(guides, id + ".md")))
        {
            return NewCommand.Refuse($"the id '{id}' is already used in '{NewCommand.Shown(taken.Contains(id) ? path : Path.Join(guides, id + ".md"))}'; choose another.");
        }

        var facts = new CatalogFacts(
            catalog?.Outline.ValueAt("severities/0/id") ?? "minor",
            catalog?.Outline.ValueAt("entries/0/steps/0") ?? FirstGuide(guides));
        if (kind == Ruptures && facts.Step is null)
        {
            return NewCommand.Refuse("a rupture needs at least one guide step, and this site has no guide yet; add one first with 'mend new guide'.");
        }
        var lines = kind.Lines(id, title ?? $"A title for this {kind.Command}", facts);

        if (catalog is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var head = kind.CatalogHead(Path.GetFileNameWithoutExtension(path));
            File.WriteAllText(path, string.Join('\n', [.. head, "entries:", .. lines.Select(l => "  " + l)]) + "\n");
            Console.WriteLine($"Added {kind.Command} '{id}' in a new catalog: {NewCommand.Shown(path)}:{head.Count + 2}");
            return ExitCodes.Success;
        }
        if (catalog.Append(lines, out problem) is not { } line)
        {
            return NewCommand.Refuse(problem!);
        }
        Console.WriteLine($"Added {kind.Command} '{id}': {NewCommand.Shown(path)}:{line}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The catalog to add to: the one named, else the site's one catalog of the kind, else where a new one goes;
    /// null with <paramref name="problem"/> when the site has several of the kind.
    /// </summary>
    private static string? FindCatalog(EntryKind kind, string input, string? name, out string? problem)
    {
        problem = null;
        var folder = Path.Join(input, "catalogs");
        if (name is not null)
        {
            return Path.Join(folder, name + ".yml");
        }

        var ofKind = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal)
                .Where(file => CatalogFile.Read(file, out _)?.Kind == kind.CatalogKind).ToList()
            : [];
        if (ofKind.Count > 1)
        {
            problem = $"the site has {ofKind.Count} {kind.CatalogKind} catalogs ({string.Join(", ", ofKind.Select(Path.GetFileNameWithoutExtension))}); choose one with --catalog NAME.";
            return null;
        }
        return ofKind.Count == 1 ? ofKind[0] : Path.Join(folder, kind.CatalogKind + ".yml");
    }

    /// <summary>The id of the first guide by file name (its file name), for a new catalog's first step.</summary>
    private static string? FirstGuide(string guides) => Directory.Exists(guides)
        ? Directory.EnumerateFiles(guides, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).FirstOrDefault()
        : null;
}
