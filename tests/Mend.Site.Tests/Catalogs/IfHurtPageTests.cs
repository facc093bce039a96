using Mend.Site.Tests.Sites;
using static Mend.Site.Tests.Catalogs.CatalogFixtures;

namespace Mend.Site.Tests.Catalogs;

/// <summary>An entry page's part for the one who was hurt, and the link that jumps to it.</summary>
public sealed class IfHurtPageTests
{
    private static TestSite Site() =>
        TestSite.With(("guides/steps.md", StepsGuide), ("catalogs/ruptures.yml", RupturesWithSituations));

    [Fact]
    public async Task TheOneHurtsPartFollowsTheRepairWithTheFeelingWordsInASayBoxAndWhatToAskFor()
    {
        using var site = Site();
        await site.BuildCleanAsync();

        var entry = PageHtml.Parse(site.ReadOutput("ruptures/forgot-to-reply/index.html")).QuerySelector("article.entry")!;

        Assert.Equal(
            ["scenario", "impact", "repair", "if-you-were-hurt", "steps", "related"],
            entry.QuerySelectorAll("h2").Select(h => h.Id!));
        var heading = entry.QuerySelector("h2#if-you-were-hurt")!;
        Assert.Equal("If you were the one hurt", heading.TextContent);
        var part = new List<string>();
        for (var next = heading.NextElementSibling; next is not null && next.LocalName != "h2"; next = next.NextElementSibling)
        {
            part.Add($"{next.LocalName}: {next.TextContent.Trim()}");
        }
        Assert.Equal(
            ["p: Silence after good news can feel like it did not matter. See Say sorry.",
             "h3: Words to raise it",
             "div: “When you didn’t answer, I felt you weren’t glad for me.”",
             "h3: You could ask for",
             "ul: A real reply, even a late one.\n    Being told first next time."],
            part);
        Assert.Equal("say", heading.ParentElement!.QuerySelector("h2#if-you-were-hurt ~ div")!.ClassName);
        Assert.Equal("../../guides/steps/#apologize", heading.NextElementSibling!.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheJumpLinkAlsoLeadsToTheOneHurtsPartOnlyWhenTheEntryHasOne()
    {
        using var site = Site();
        await site.BuildCleanAsync();

        var withPart = PageHtml.Parse(site.ReadOutput("ruptures/forgot-to-reply/index.html")).QuerySelector("p.jump-link")!;
        var without = PageHtml.Parse(site.ReadOutput("ruptures/late-for-dinner/index.html"));

        Assert.Equal([("#repair", "Skip to the words that repair"), ("#if-you-were-hurt", "If you were hurt")], Navigation.Links(withPart, "a"));
        Assert.Equal("Skip to the words that repair · If you were hurt", string.Join(' ', withPart.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal([("#repair", "Skip to the words that repair")], Navigation.Links(without, "p.jump-link a"));
        Assert.Null(without.GetElementById("if-you-were-hurt"));
    }
}
