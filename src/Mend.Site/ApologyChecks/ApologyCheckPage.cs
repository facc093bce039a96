using Mend.Site.Core;

namespace Mend.Site.ApologyChecks;

/// <summary>The apology checker's page at <c>/apology-check/</c>, linked as <c>xref:apology-check</c>.</summary>
public static class ApologyCheckPage
{
    public const string Id = "apology-check";

    public static Page Of(ApologyCheckList checks) =>
        new(PageKind.ApologyCheck, "Check an apology",
            "Paste or write an apology and see, in this browser, what could make it land better.", $"/{Id}/", "apology-check")
        {
            Id = Id,
            Location = checks.Location,
            Headings = [.. checks.Checks.Select(c => new Heading(AnchorOf(c), c.Title, 4))],
            Model = checks,
        };

    /// <summary>The anchor of a check's item in the page's checklist.</summary>
    public static string AnchorOf(ApologyCheck check) => $"check-{check.Id}";
}
