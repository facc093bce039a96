using Mend.Site.Catalogs;

namespace Mend.Site.Tests.Catalogs;

/// <summary>Valid catalog files and the guide they cite, for tests that build catalogs (the validation cases are Specs/).</summary>
public static class CatalogFixtures
{
    public const string StepsGuide = """
        ---
        title: Steps
        summary: The steps.
        id: steps
        ---
        ## Say sorry {#apologize}

        Text.

        ## Listen {#listen}

        More text.
        """;

    public const string Ruptures = """
        kind: ruptures
        id: ruptures
        title: Ruptures
        summary: Examples.
        severities:
          - id: minor
            title: Minor ruptures
            summary: Small slips.
          - id: serious
            title: Serious ruptures
        entries:
          - id: forgot-to-reply
            title: Not replying
            severity: minor
            relationships: [friendship]
            scenario: You did not reply.
            impact: They stop sharing.
            repair:
              say: "I'm sorry I never answered."
              do: ["Reply next time."]
            steps: [steps#apologize]
            tags: [messages]
            related: [late-for-dinner]
          - id: late-for-dinner
            title: Late for dinner
            severity: serious
            relationships: [romantic]
            scenario: You were late.
            impact: They waited.
            repair:
              say: "I kept you waiting."
            steps: [steps]
        """;

    /// <summary>
    /// <see cref="Ruptures"/> with situations (one, <c>lateness</c>, named by no entry), and a part for the one hurt and
    /// situations on its first entry only.
    /// </summary>
    public const string RupturesWithSituations = """
        kind: ruptures
        id: ruptures
        title: Ruptures
        summary: Examples.
        severities:
          - id: minor
            title: Minor ruptures
            summary: Small slips.
          - id: serious
            title: Serious ruptures
        situations:
          - id: broken-promise
            title: Broken promises
            summary: Saying you would, then not.
          - id: lateness
            title: Lateness
          - id: absence
            title: Not being there
        entries:
          - id: forgot-to-reply
            title: Not replying
            severity: minor
            relationships: [friendship]
            situations: [absence, broken-promise]
            scenario: You did not reply.
            impact: They stop sharing.
            repair:
              say: "I'm sorry I never answered."
              do: ["Reply next time."]
            if_hurt:
              feel: Silence after good news can feel like it did not *matter*. See [](xref:steps#apologize).
              ask:
                - "A real reply, even a late one."
                - Being told first next time.
              say: "When you didn't answer, I felt you weren't glad for me."
            steps: [steps#apologize]
            tags: [messages]
            related: [late-for-dinner]
          - id: late-for-dinner
            title: Late for dinner
            severity: serious
            relationships: [romantic]
            situations: [broken-promise]
            scenario: You were late.
            impact: They waited.
            repair:
              say: "I kept you waiting."
            steps: [steps]
        """;

    public const string Challenges = """
        kind: challenges
        id: challenges
        title: What gets in the way
        summary: Habits that block repair.
        entries:
          - id: defensiveness
            title: Defensiveness
            summary: Explaining before listening.
            what_it_is: Guarding yourself when you hear that you hurt someone.
            why_it_hurts: ["They feel unheard.", "The hurt grows."]
            example:
              scenario: Your partner says you forgot the date.
              says: "Well, you forget things too."
              impact: They stop raising it.
            how_to_overcome:
              - title: Pause first
                text: Take a breath before you answer.
              - title: Repeat back
                text: Say what you heard.
            better_response: "You're right, I forgot. I'm sorry."
            steps: [steps#apologize]
            tags: [listening]
          - id: stonewalling
            title: Stonewalling
            summary: Going silent.
            what_it_is: Shutting down in a hard talk.
            why_it_hurts: ["They feel alone."]
            example:
              scenario: A friend raises a problem.
              says: "Whatever."
              impact: The friend gives up.
            how_to_overcome:
              - title: Ask for a break
                text: Say when you will come back.
            better_response: "I need ten minutes, then I want to hear you."
        """;

    /// <summary>A rupture catalog with these severities (id, title) and entries (see <see cref="Rupture"/>).</summary>
    public static string RuptureCatalog(IEnumerable<(string Id, string Title)> severities, params string[] entries) =>
        "kind: ruptures\nid: ruptures\ntitle: Ruptures\nsummary: Examples of ruptures.\nseverities:\n"
        + string.Concat(severities.Select(s => $"  - id: {s.Id}\n    title: {s.Title}\n    summary: About {s.Title}.\n"))
        + "entries:\n" + string.Concat(entries);

    /// <summary>One entry of a rupture catalog; lists are written in YAML flow style, such as <c>[a, b]</c>, and <paramref name="say"/> goes in double quotes.</summary>
    public static string Rupture(
        string id, string title, string severity = "minor", string relationships = "[friendship]",
        string steps = "[steps#apologize]", string tags = "[]", string related = "[]", string scenario = "Something happened.",
        string say = "I am sorry.") =>
        $"  - id: {id}\n    title: {title}\n    severity: {severity}\n    relationships: {relationships}\n"
        + $"    scenario: {scenario}\n    impact: It hurt.\n    repair:\n      say: \"{say}\"\n"
        + $"    steps: {steps}\n    tags: {tags}\n    related: {related}\n";

    /// <summary>A challenge catalog with these entries (see <see cref="Challenge"/>).</summary>
    public static string ChallengeCatalog(params string[] entries) =>
        "kind: challenges\nid: challenges\ntitle: What gets in the way\nsummary: Habits that block repair.\nentries:\n"
        + string.Concat(entries);

    public static string Challenge(string id, string title, string steps = "[]", string tags = "[]", string whatItIs = "A habit.") =>
        $"  - id: {id}\n    title: {title}\n    summary: About {title}.\n    what_it_is: {whatItIs}\n"
        + "    why_it_hurts: [\"It hurts.\"]\n"
        + "    example:\n      scenario: A talk.\n      says: \"No.\"\n      impact: Silence.\n"
        + "    how_to_overcome:\n      - title: Pause\n        text: Breathe first.\n"
        + $"    better_response: \"I hear you.\"\n    steps: {steps}\n    tags: {tags}\n";

    /// <summary>Replaces the one occurrence of <paramref name="old"/>, failing when it is not there exactly once.</summary>
    public static string Edit(string text, string old, string replacement)
    {
        var first = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{old}' is not in the text");
        Assert.True(text.IndexOf(old, first + 1, StringComparison.Ordinal) < 0, $"'{old}' is in the text more than once");
        return string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + old.Length));
    }
}
