namespace Mend.Site.Tests.Schemas;

/// <summary>
/// The same small YAML given to a reader and to its schema: both accept it or both reject it, as the case says.
/// The validation specs give many more files to both (<see cref="SchemasAgreeWithSpecsTests"/>); these are the
/// cases each schema must get right on its own.
/// </summary>
public sealed class ReaderAndSchemaAgreeTests
{
    private const string Site = """
        title: T
        description: D.
        base_url: https://example.test/
        """;

    private const string Guide = """
        title: T
        summary: S.
        """;

    private const string Ruptures = """
        kind: ruptures
        id: ruptures
        title: R
        summary: S.
        severities:
          - { id: minor, title: Minor }
        entries:
          - id: late
            title: Late
            severity: minor
            scenario: S.
            impact: I.
            repair: { say: Sorry. }
            steps: [steps#apologize]
        """;

    private const string Challenges = """
        kind: challenges
        id: challenges
        title: C
        summary: S.
        entries:
          - id: stonewalling
            title: T
            summary: S.
            what_it_is: W.
            why_it_hurts: [R.]
            example: { scenario: S., says: X., impact: I. }
            how_to_overcome: [{ title: T, text: X. }]
            better_response: B.
        """;

    private const string Assessment = """
        id: check
        title: A
        intro: I.
        scale:
          - { value: 1, label: Never }
          - { value: 2, label: Often }
        dimensions:
          - id: listening
            title: D
            bands:
              - { max: 2, label: L, text: T. }
        questions:
          - { id: q1, text: Q., dimension: listening }
          - { id: q2, text: Q., dimension: listening, reverse: true }
        """;

    private const string Search = """
        synonyms:
          - [sorry, apology]
        phrases:
          - { phrase: won't talk, pages: [stonewalling] }
        """;

    private const string ApologyChecks = """
        checks:
          - id: conditional
            kind: pattern
            title: T
            patterns: [if i * hurt you]
            explanation: E.
            better: B.
        """;

    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { "a minimal site.yml", "site", Site, true },
        { "an unknown key", "site", Site + "\ncolour: blue", false },
        { "no base_url", "site", Site.Replace("base_url: https://example.test/", "", StringComparison.Ordinal), false },
        { "a base_url without a scheme", "site", Site.Replace("https://", "", StringComparison.Ordinal), false },
        { "quick exit pages off the list", "site", Site + "\nsafety:\n  quick_exit:\n    pages: some", false },
        { "an emergency number", "site", Site + "\nsafety:\n  emergency:\n    - { region: EU, number: \"112\" }", true },

        { "minimal front matter", "guide", Guide, true },
        { "an unknown key", "guide", Guide + "\nauthor: me", false },
        { "no summary", "guide", "title: T", false },
        { "an id with spaces", "guide", Guide + "\nid: Repair Steps", false },
        { "a date that is not a real one", "guide", Guide + "\nupdated: 2024-02-30", false },
        { "every key", "guide", Guide + "\nid: steps\norder: 2\ntags: [trust]\nupdated: 2024-02-29\nquick_exit: true\ndoor: Me\nreviewed: 2026-01-01\nreviewer: R\nreview_due: 2027-01-01\nsources: [S]\nsafety_note: N.", true },

        { "a minimal catalog", "ruptures", Ruptures, true },
        { "an unknown top-level key", "ruptures", Ruptures + "\nauthor: me", false },
        { "no entries", "ruptures", Ruptures[..Ruptures.IndexOf("entries:", StringComparison.Ordinal)], false },
        { "an entry id with capitals", "ruptures", Ruptures.Replace("id: late", "id: Late", StringComparison.Ordinal), false },
        { "an unknown relationship", "ruptures", Ruptures + "\n    relationships: [cousin]", false },
        { "five things to ask", "ruptures", Ruptures + "\n    if_hurt: { feel: F., ask: [a, b, c, d, e], say: S. }", false },
        { "no kind", "ruptures", Ruptures.Replace("kind: ruptures\n", "", StringComparison.Ordinal), false },

        { "a minimal catalog", "challenges", Challenges, true },
        { "no better_response", "challenges", Challenges.Replace("    better_response: B.", "", StringComparison.Ordinal), false },
        { "an unknown key in the example", "challenges", Challenges.Replace("impact: I. }", "impact: I., moral: M. }", StringComparison.Ordinal), false },

        { "a minimal assessment", "assessment", Assessment, true },
        { "minutes out of range", "assessment", Assessment + "\nminutes: 0", false },
        { "a pattern", "assessment", Assessment + "\npatterns:\n  - { id: p, title: T, text: X., when: [{ questions: [q1], at_least: 2 }] }", true },
        { "a condition with both limits", "assessment", Assessment + "\npatterns:\n  - { id: p, title: T, text: X., when: [{ questions: [q1], at_least: 2, at_most: 2 }] }", false },
        { "one answer option", "assessment", Assessment.Replace("  - { value: 2, label: Often }\n", "", StringComparison.Ordinal), false },

        { "synonyms and a phrase", "search", Search, true },
        { "a group of one word", "search", Search + "\n  - [alone]", false },
        { "a phrase without pages", "search", "phrases:\n  - { phrase: hits me }", false },
        { "an unknown key", "search", Search + "\nstop_words: [the]", false },

        { "one check", "apology-checks", ApologyChecks, true },
        { "a kind off the list", "apology-checks", ApologyChecks.Replace("kind: pattern", "kind: phrase", StringComparison.Ordinal), false },
        { "a pattern with a full stop", "apology-checks", ApologyChecks.Replace("if i * hurt you", "sorry.", StringComparison.Ordinal), false },
        { "no better words", "apology-checks", ApologyChecks.Replace("    better: B.", "", StringComparison.Ordinal), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TheReaderAndTheSchemaGiveTheSameVerdict(string what, string schema, string yaml, bool valid)
    {
        var readerErrors = (await Readers.ReadAsync(schema, yaml)).Where(d => d.IsError).ToList();
        var schemaProblems = SchemaFiles.Validate(schema, YamlAsJson.Convert(yaml).Json);

        Assert.True(valid == (readerErrors.Count == 0), $"{what}: the reader says\n{string.Join('\n', readerErrors)}");
        Assert.True(valid == (schemaProblems.Count == 0), $"{what}: the schema says\n{string.Join('\n', schemaProblems)}");
    }
}
