using Mend.Site.Core;
using Mend.Site.Markdown;

namespace Mend.Site.Tests.Markdown;

/// <summary>The <c>::: say</c> and <c>::: steps</c> containers and the <c>[!KIND]</c> callouts, as the site renders them.</summary>
public sealed class ContainerTests
{
    private static List<string> Problems(string markdown) =>
        [.. UnknownBlockKinds.Find(Rendered.Document(markdown), (line, column) => new SourceLocation("a.md", line, column)).Select(d => $"{d.Line}:{d.Column} {d.Message}")];

    [Fact]
    public void ASayContainerIsOneBoxAroundWhatItHolds()
    {
        var html = Rendered.Html("Try:\n\n::: say\n- \"Can we talk?\"\n- \"I'm sorry.\"\n:::\n");

        Assert.Contains("<div class=\"say\">\n<ul>\n<li>\u201CCan we talk?\u201D</li>\n<li>\u201CI\u2019m sorry.\u201D</li>\n</ul>\n</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AComposeContainerKeepsItsListOfPartsForTheScriptToTurnIntoBoxes()
    {
        var html = Rendered.Html("::: compose\n1. **What I did.** Name it.\n2. **What will change.** Say it.\n:::\n");

        Assert.Contains("<div class=\"compose\">\n<ol>\n<li><strong>What I did.</strong> Name it.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EachTopHeadingOfAStepsContainerIsANumberedStepAndTheStepsAreSummedUpFirst()
    {
        var markdown = "Intro.\n\n::: steps\nBefore the steps.\n\n## Notice {#notice}\n\nText.\n\n### Detail\n\nMore.\n\n## Own it {#own}\n\n- a\n:::\n\n## After\n";
        var html = Rendered.Html(markdown);

        Assert.Contains("<ol class=\"steps-summary\" aria-label=\"The steps at a glance\">\n<li><a href=\"#notice\">Notice</a></li>\n<li><a href=\"#own\">Own it</a></li>\n</ol>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Before the steps.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"notice\" class=\"step\"><span class=\"step-number\">Step 1:</span> Notice</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"step-content\">Text.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"detail\" class=\"step-content\">Detail</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"own\" class=\"step\"><span class=\"step-number\">Step 2:</span> Own it</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"step-content\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"after\">After</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AStepsHeadingTextSaysWhichStepItIs()
    {
        var headings = MendMarkdown.Headings(Rendered.Document("::: steps\n## Notice\n\n## Own it\n:::\n"));

        Assert.Equal(["Step 1: Notice", "Step 2: Own it"], headings.Select(h => h.Text));
        Assert.Equal(["notice", "own-it"], headings.Select(h => h.Id));
    }

    [Theory]
    [InlineData("NOTE", "note", "Note")]
    [InlineData("Warning", "warning", "Warning")]
    [InlineData("SAFETY", "safety", "Your safety")]
    public void ACalloutIsATitledNote(string written, string kind, string title)
    {
        var html = Rendered.Html($"> [!{written}]\n> Take your time.\n");

        Assert.Contains($"<div class=\"callout callout-{kind}\" role=\"note\">\n<p class=\"callout-title\">{title}</p>\n<p>Take your time.</p>\n</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void KnownKindsAreNotProblems() =>
        Assert.Empty(Problems("::: say\nHi.\n:::\n\n::: steps\n## A\n:::\n\n> [!TIP]\n> x\n\n> A plain quote.\n"));

    [Fact]
    public void AnUnknownContainerOrCalloutIsReportedWhereItWasWritten()
    {
        Assert.Equal(
            ["3:1 '::: sya' is not a container the site knows; use one of: '::: say', '::: steps', '::: compose'",
             "7:1 '[!DANGER]' is not a callout the site knows; use one of: [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION], [!SAFETY]"],
            Problems("Text.\n\n::: sya\nHi.\n:::\n\n> [!DANGER]\n> x\n"));
    }
}
