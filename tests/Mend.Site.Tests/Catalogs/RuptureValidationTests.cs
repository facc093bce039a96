using Mend.Pipeline;
using Mend.Site.Core;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Catalogs;

/// <summary>Each test breaks one thing in a valid rupture catalog and expects the error where it was written (exactly one, unless a test says otherwise).</summary>
public sealed class RuptureValidationTests
{
    private const string File = "catalogs/ruptures.yml";

    private static Task<(TestSite Site, BuildReport Report)> Build(string catalog, params (string Path, string Text)[] more) =>
        BuildCatalog(File, catalog, more);

    private static Task<Diagnostic> SingleError(string catalog, string code, string snippet) =>
        SingleCatalogError(File, catalog, code, snippet);

    [Fact]
    public async Task TheUnbrokenCatalogBuildsCleanly()
    {
        var (site, report) = await Build(Ruptures);
        using (site)
        {
            Assert.Empty(report.Diagnostics);
        }
    }

    [Fact]
    public async Task AMissingScenarioIsReportedAtTheEntrysMapping()
    {
        var text = Edit(Ruptures, "    scenario: You did not reply.\n", "");

        var error = await SingleError(text, ErrorCodes.MissingKey, "id: forgot-to-reply");

        Assert.Contains("'scenario'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScenarioKeyWithNoValueIsMissing()
    {
        var text = Edit(Ruptures, "    scenario: You did not reply.\n", "    scenario:\n");

        var error = await SingleError(text, ErrorCodes.MissingKey, "id: forgot-to-reply");

        Assert.Contains("'scenario'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingRepairSayIsReportedAtTheRepairMapping()
    {
        var text = Edit(Ruptures, "      say: \"I'm sorry I never answered.\"\n", "");

        var error = await SingleError(text, ErrorCodes.MissingKey, "do: [\"Reply next time.\"]");

        Assert.Contains("'say'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingRepairIsReportedAtTheEntrysMapping()
    {
        var text = Edit(Ruptures, "    repair:\n      say: \"I kept you waiting.\"\n", "");

        var error = await SingleError(text, ErrorCodes.MissingKey, "id: late-for-dinner");

        Assert.Contains("'repair'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingSeverityTitleIsReportedAtTheSeveritysMapping()
    {
        var text = Edit(Ruptures, "    title: Serious ruptures\n", "");

        var (site, report) = await Build(text);
        using (site)
        {
            var (line, column) = TextPosition.Of(text, "id: serious");
            var error = Diagnostics.At(report.Diagnostics, ErrorCodes.MissingKey, site.PathOf(File), line, column);
            Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AMissingKindIsReportedAtTheTopOfTheFile()
    {
        var text = Edit(Ruptures, "kind: ruptures\n", "");

        var error = await SingleError(text, ErrorCodes.MissingKey, "id: ruptures");

        Assert.Contains("'kind'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AListWhereTextIsExpectedIsAWrongTypeAtTheValue()
    {
        var text = Edit(Ruptures, "scenario: You did not reply.", "scenario: [You did not reply.]");

        var error = await SingleError(text, ErrorCodes.WrongType, "[You did not reply.]");

        Assert.Contains("'scenario'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextWhereAListIsExpectedIsAWrongTypeAtTheValue()
    {
        var text = Edit(Ruptures, "steps: [steps#apologize]", "steps: steps#apologize");

        var error = await SingleError(text, ErrorCodes.WrongType, "steps#apologize");

        Assert.Contains("'steps'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextWhereTheRepairMappingIsExpectedIsAWrongTypeAtTheValue()
    {
        var text = Edit(Ruptures, "    repair:\n      say: \"I kept you waiting.\"\n", "    repair: Say sorry.\n");

        var error = await SingleError(text, ErrorCodes.WrongType, "Say sorry.");

        Assert.Contains("'repair'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AListInsideAListOfTextIsAWrongTypeAtThatItem()
    {
        var text = Edit(Ruptures, "tags: [messages]", "tags: [messages, [nested]]");

        await SingleError(text, ErrorCodes.WrongType, "[nested]");
    }

    [Fact]
    public async Task AnUnknownKeyInsideRepairIsReportedAtTheKey()
    {
        var text = Edit(Ruptures, "      say: \"I kept you waiting.\"\n", "      say: \"I kept you waiting.\"\n      when: soon\n");

        var error = await SingleError(text, ErrorCodes.UnknownKey, "when: soon");

        Assert.Contains("'when'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownKeyInASeverityIsReportedAtTheKey()
    {
        var text = Edit(Ruptures, "    title: Serious ruptures\n", "    title: Serious ruptures\n    colour: red\n");

        await SingleError(text, ErrorCodes.UnknownKey, "colour: red");
    }

    [Fact]
    public async Task AnUnknownTopLevelKeyIsReportedAtTheKey()
    {
        var text = Edit(Ruptures, "summary: Examples.\n", "summary: Examples.\nauthor: Someone\n");

        await SingleError(text, ErrorCodes.UnknownKey, "author: Someone");
    }

    [Fact]
    public async Task AnUnknownIdInStepsIsReportedAtTheValue()
    {
        var text = Edit(Ruptures, "steps: [steps#apologize]", "steps: [steps#apologize, nowhere#apologize]");

        var error = await SingleError(text, ErrorCodes.UnknownXref, "nowhere#apologize");

        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownIdInRelatedIsReportedAtTheValue()
    {
        var text = Edit(Ruptures, "related: [late-for-dinner]", "related: [late-for-dinner, late-for-lunch]");

        var error = await SingleError(text, ErrorCodes.UnknownXref, "late-for-lunch");

        Assert.Contains("'late-for-lunch'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyStepsListIsAnInvalidValueAtTheList()
    {
        var text = Edit(Ruptures, "steps: [steps]", "steps: []");

        var error = await SingleError(text, ErrorCodes.InvalidValue, "[]");

        Assert.Contains("'steps'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingStepsListIsAMissingKey()
    {
        var text = Edit(Ruptures, "\n    steps: [steps]", "");

        var error = await SingleError(text, ErrorCodes.MissingKey, "id: late-for-dinner");

        Assert.Contains("'steps'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEntryIdUsedTwiceInTheCatalogIsADuplicateAtTheSecond()
    {
        var text = Edit(Ruptures, "  - id: late-for-dinner\n", "  - id: forgot-to-reply\n")
            .Replace("related: [late-for-dinner]", "related: []", StringComparison.Ordinal);

        var (site, report) = await Build(text);
        using (site)
        {
            var (line, column) = TextPosition.Of(text, "forgot-to-reply\n    title: Late for dinner");
            var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf(File), line, column);
            Assert.Contains("'forgot-to-reply'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnEntryIdUsedInAnotherCatalogIsADuplicateInTheFileReadSecond()
    {
        const string other = """
            kind: ruptures
            id: more-ruptures
            title: More ruptures
            summary: More examples.
            severities:
              - id: minor
                title: Minor ruptures
            entries:
              - id: cancelled-plans
                title: Cancelled plans
                severity: minor
                scenario: You cancelled.
                impact: They were let down.
                repair:
                  say: "I let you down."
                steps: [steps]
              - id: late-for-dinner
                title: Late again
                severity: minor
                scenario: You were late again.
                impact: They gave up waiting.
                repair:
                  say: "I am sorry."
                steps: [steps]
            """;

        // Ids are checked in file name order: z-more.yml comes after ruptures.yml.
        var (site, report) = await Build(Ruptures, ("catalogs/z-more.yml", other));
        using (site)
        {
            var (line, column) = TextPosition.Of(other, "late-for-dinner");
            var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf("catalogs/z-more.yml"), line, column);
            var (firstLine, firstColumn) = TextPosition.Of(Ruptures, "late-for-dinner\n");
            Assert.Contains($"{site.PathOf(File)}:{firstLine}:{firstColumn}", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUnknownCatalogKindIsAnInvalidValueAtTheKind()
    {
        var text = Edit(Ruptures, "kind: ruptures\n", "kind: mistakes\n");

        var error = await SingleError(text, ErrorCodes.InvalidValue, "mistakes");

        Assert.Contains("'mistakes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATagThatIsNotKebabCaseIsAnInvalidValueAtTheTag()
    {
        var text = Edit(Ruptures, "tags: [messages]", "tags: [messages, Late_Replies]");

        var error = await SingleError(text, ErrorCodes.InvalidValue, "Late_Replies");

        Assert.Contains("'Late_Replies'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEntryIdThatIsNotKebabCaseIsAnInvalidValueAtTheId()
    {
        var text = Edit(Ruptures, "  - id: late-for-dinner\n", "  - id: Late for dinner\n")
            .Replace("related: [late-for-dinner]", "related: []", StringComparison.Ordinal);

        await SingleError(text, ErrorCodes.InvalidValue, "Late for dinner\n");
    }

    private static string EntryNamedLikeASeverity() =>
        Edit(Ruptures, "  - id: late-for-dinner\n", "  - id: serious\n")
            .Replace("related: [late-for-dinner]", "related: [serious]", StringComparison.Ordinal);

    [Fact]
    public async Task AnEntryIdEqualToASeverityIdWouldShareItsPage()
    {
        var text = EntryNamedLikeASeverity();

        var (site, report) = await Build(text);
        using (site)
        {
            var (line, column) = TextPosition.Of(text, "serious\n    title: Late for dinner");
            var error = Diagnostics.At(report.Diagnostics, ErrorCodes.DuplicateDestination, site.PathOf(File), line, column);
            Assert.Contains("'ruptures/serious/index.html'", error.Message, StringComparison.Ordinal);
            Assert.False(report.Succeeded);
            Assert.False(Directory.Exists(site.Output), "a failed build writes nothing");
        }
    }

    [Fact]
    public async Task AnEntryIdEqualToASeverityIdIsOnlyADuplicateDestination()
    {
        var text = EntryNamedLikeASeverity();

        var (site, report) = await Build(text);
        using (site)
        {
            var (line, column) = TextPosition.Of(text, "serious\n    title: Late for dinner");
            Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateDestination, site.PathOf(File), line, column);
        }
    }

    [Fact]
    public async Task SeveralErrorsInOneFileAreReportedTogether()
    {
        var text = Edit(Ruptures, "      say: \"I kept you waiting.\"\n", "      say: \"I kept you waiting.\"\n      when: soon\n");
        text = Edit(text, "tags: [messages]", "tags: [Messages]");
        text = Edit(text, "    scenario: You were late.\n", "");
        text = Edit(text, "impact: They stop sharing.", "impact: [They stop sharing.]");
        text = Edit(text, "severity: serious", "severity: grave");

        var (site, report) = await Build(text);
        using (site)
        {
            var path = site.PathOf(File);
            (string Code, string? File, int Line, int Column) At(string code, string snippet)
            {
                var (line, column) = TextPosition.Of(text, snippet);
                return (code, path, line, column);
            }

            Assert.Equal(
                new[]
                {
                    At(ErrorCodes.WrongType, "[They stop sharing.]"),
                    At(ErrorCodes.InvalidValue, "Messages"),
                    At(ErrorCodes.MissingKey, "id: late-for-dinner"),
                    At(ErrorCodes.UnknownKey, "when: soon"),
                    At(ErrorCodes.InvalidValue, "grave"),
                }.OrderBy(d => d.Line).ThenBy(d => d.Column),
                report.Diagnostics.Select(d => (d.Code, d.File, d.Line, d.Column)).OrderBy(d => d.Line).ThenBy(d => d.Column));
        }
    }
}
