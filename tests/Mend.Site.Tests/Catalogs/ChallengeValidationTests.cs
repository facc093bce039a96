using Mend.Pipeline;
using Mend.Site.Core;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Catalogs;

/// <summary>Each test breaks one thing in a valid challenge catalog and expects the error where it was written (exactly one, unless a test says otherwise).</summary>
public sealed class ChallengeValidationTests
{
    private const string File = "catalogs/challenges.yml";

    private static Task<(TestSite Site, BuildReport Report)> Build(string catalog, params (string Path, string Text)[] more) =>
        BuildCatalog(File, catalog, more);

    private static Task<Diagnostic> SingleError(string catalog, string code, string snippet) =>
        SingleCatalogError(File, catalog, code, snippet);

    [Fact]
    public async Task TheUnbrokenCatalogBuildsCleanly()
    {
        var (site, report) = await Build(Challenges);
        using (site)
        {
            Assert.Empty(report.Diagnostics);
        }
    }

    [Theory]
    [InlineData("what_it_is", "    what_it_is: Guarding yourself when you hear that you hurt someone.\n")]
    [InlineData("why_it_hurts", "    why_it_hurts: [\"They feel unheard.\", \"The hurt grows.\"]\n")]
    [InlineData("example", "    example:\n      scenario: Your partner says you forgot the date.\n      says: \"Well, you forget things too.\"\n      impact: They stop raising it.\n")]
    [InlineData("how_to_overcome", "    how_to_overcome:\n      - title: Pause first\n        text: Take a breath before you answer.\n      - title: Repeat back\n        text: Say what you heard.\n")]
    [InlineData("better_response", "    better_response: \"You're right, I forgot. I'm sorry.\"\n")]
    [InlineData("summary", "    summary: Explaining before listening.\n")]
    public async Task AMissingRequiredFieldIsReportedAtTheEntrysMapping(string key, string line)
    {
        var text = Edit(Challenges, line, "");

        var error = await SingleError(text, ErrorCodes.MissingKey, "id: defensiveness");

        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingExampleSaysIsReportedAtTheExamplesMapping()
    {
        var text = Edit(Challenges, "      says: \"Well, you forget things too.\"\n", "");

        var error = await SingleError(text, ErrorCodes.MissingKey, "scenario: Your partner says");

        Assert.Contains("'says'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingTipTextIsReportedAtTheTipsMapping()
    {
        var text = Edit(Challenges, "        text: Say what you heard.\n", "");

        var error = await SingleError(text, ErrorCodes.MissingKey, "title: Repeat back");

        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AListWhereTextIsExpectedIsAWrongTypeAtTheValue()
    {
        var text = Edit(Challenges, "better_response: \"I need ten minutes, then I want to hear you.\"",
            "better_response: [\"I need ten minutes.\"]");

        var error = await SingleError(text, ErrorCodes.WrongType, "[\"I need ten minutes.\"]");

        Assert.Contains("'better_response'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextWhereAListIsExpectedIsAWrongTypeAtTheValue()
    {
        var text = Edit(Challenges, "why_it_hurts: [\"They feel alone.\"]", "why_it_hurts: They feel alone.");

        var error = await SingleError(text, ErrorCodes.WrongType, "They feel alone.");

        Assert.Contains("'why_it_hurts'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextWhereTheExampleMappingIsExpectedIsAWrongTypeAtTheValue()
    {
        var text = Edit(Challenges,
            "    example:\n      scenario: A friend raises a problem.\n      says: \"Whatever.\"\n      impact: The friend gives up.\n",
            "    example: A friend raises a problem.\n");

        var error = await SingleError(text, ErrorCodes.WrongType, "A friend raises a problem.");

        Assert.Contains("'example'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATipWrittenAsTextIsAWrongTypeAtTheItem()
    {
        var text = Edit(Challenges, "      - title: Ask for a break\n", "      - Ask for a break.\n      - title: Ask for a break\n");

        var error = await SingleError(text, ErrorCodes.WrongType, "Ask for a break.");

        Assert.Contains("'how_to_overcome'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownKeyInsideTheExampleIsReportedAtTheKey()
    {
        var text = Edit(Challenges, "      says: \"Whatever.\"\n", "      says: \"Whatever.\"\n      tone: flat\n");

        var error = await SingleError(text, ErrorCodes.UnknownKey, "tone: flat");

        Assert.Contains("'tone'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownKeyInsideATipIsReportedAtTheKey()
    {
        var text = Edit(Challenges, "        text: Say what you heard.\n", "        text: Say what you heard.\n        link: steps\n");

        var error = await SingleError(text, ErrorCodes.UnknownKey, "link: steps");

        Assert.Contains("'link'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownEntryKeyIsReportedAtTheKey()
    {
        var text = Edit(Challenges, "    tags: [listening]\n", "    tags: [listening]\n    severity: minor\n");

        await SingleError(text, ErrorCodes.UnknownKey, "severity: minor");
    }

    [Fact]
    public async Task AnUnknownIdInStepsIsReportedAtTheValue()
    {
        var text = Edit(Challenges, "steps: [steps#apologize]", "steps: [steps#apologize, guide-that-is-not-there]");

        var error = await SingleError(text, ErrorCodes.UnknownXref, "guide-that-is-not-there");

        Assert.Contains("'guide-that-is-not-there'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAnchorInStepsIsReportedAtTheValue()
    {
        var text = Edit(Challenges, "steps: [steps#apologize]", "steps: [steps#apologise]");

        await SingleError(text, ErrorCodes.UnknownAnchor, "steps#apologise");
    }

    [Fact]
    public async Task AnEmptyWhyItHurtsListIsAnInvalidValueAtTheList()
    {
        var text = Edit(Challenges, "why_it_hurts: [\"They feel alone.\"]", "why_it_hurts: []");

        var error = await SingleError(text, ErrorCodes.InvalidValue, "[]");

        Assert.Contains("'why_it_hurts'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyHowToOvercomeListIsAnInvalidValueAtTheList()
    {
        var text = Edit(Challenges, "    how_to_overcome:\n      - title: Ask for a break\n        text: Say when you will come back.\n",
            "    how_to_overcome: []\n");

        var error = await SingleError(text, ErrorCodes.InvalidValue, "[]");

        Assert.Contains("'how_to_overcome'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyEntriesListIsAnInvalidValueAtTheList()
    {
        var text = Challenges[..Challenges.IndexOf("entries:", StringComparison.Ordinal)] + "entries: []\n";

        var error = await SingleError(text, ErrorCodes.InvalidValue, "[]");

        Assert.Contains("'entries'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepsAreOptionalAndMayBeEmpty()
    {
        var text = Edit(Challenges, "steps: [steps#apologize]", "steps: []");

        var (site, report) = await Build(text);
        using (site)
        {
            Assert.Empty(report.Diagnostics);
        }
    }

    [Fact]
    public async Task AChallengeIdUsedTwiceInTheCatalogIsADuplicateAtTheSecond()
    {
        var text = Edit(Challenges, "  - id: stonewalling\n", "  - id: defensiveness\n");

        var (site, report) = await Build(text);
        using (site)
        {
            var (line, column) = TextPosition.Of(text, "defensiveness\n    title: Stonewalling");
            var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf(File), line, column);
            Assert.Contains("'defensiveness'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AChallengeIdUsedByARuptureIsADuplicateInTheFileReadSecond()
    {
        // ruptures.yml is read after challenges.yml, so the rupture's id is the second.
        var ruptures = Edit(Ruptures, "  - id: late-for-dinner\n", "  - id: stonewalling\n")
            .Replace("related: [late-for-dinner]", "related: [stonewalling]", StringComparison.Ordinal);

        var (site, report) = await Build(Challenges, ("catalogs/ruptures.yml", ruptures));
        using (site)
        {
            var (line, column) = TextPosition.Of(ruptures, "stonewalling\n");
            var error = Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf("catalogs/ruptures.yml"), line, column);
            var (firstLine, firstColumn) = TextPosition.Of(Challenges, "stonewalling");
            Assert.Contains($"{site.PathOf(File)}:{firstLine}:{firstColumn}", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AChallengeIdEqualToAGuideIdIsADuplicate()
    {
        var text = Edit(Challenges, "  - id: stonewalling\n", "  - id: steps\n");

        var (site, report) = await Build(text);
        using (site)
        {
            // The guide's id is declared in guides/steps.md, which sorts after catalogs/challenges.yml.
            var (line, column) = TextPosition.Of(StepsGuide, "steps\n");
            Diagnostics.Only(report.Diagnostics, ErrorCodes.DuplicateId, site.PathOf("guides/steps.md"), line, column);
        }
    }

    [Fact]
    public async Task ATagThatIsNotKebabCaseIsAnInvalidValueAtTheTag()
    {
        var text = Edit(Challenges, "tags: [listening]", "tags: [listening, \"active listening\"]");

        var error = await SingleError(text, ErrorCodes.InvalidValue, "\"active listening\"");

        Assert.Contains("'active listening'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralErrorsInOneFileAreReportedTogether()
    {
        var text = Edit(Challenges, "      says: \"Whatever.\"\n", "      says: \"Whatever.\"\n      tone: flat\n");
        text = Edit(text, "why_it_hurts: [\"They feel unheard.\", \"The hurt grows.\"]", "why_it_hurts: []");
        text = Edit(text, "        text: Say what you heard.\n", "");
        text = Edit(text, "tags: [listening]", "tags: [Listening]");
        text = Edit(text, "\n    better_response: \"I need ten minutes, then I want to hear you.\"", "");

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
                    At(ErrorCodes.InvalidValue, "[]"),
                    At(ErrorCodes.MissingKey, "title: Repeat back"),
                    At(ErrorCodes.InvalidValue, "Listening"),
                    At(ErrorCodes.MissingKey, "id: stonewalling"),
                    At(ErrorCodes.UnknownKey, "tone: flat"),
                }.OrderBy(d => d.Line).ThenBy(d => d.Column),
                report.Diagnostics.Select(d => (d.Code, d.File, d.Line, d.Column)).OrderBy(d => d.Line).ThenBy(d => d.Column));
        }
    }
}
