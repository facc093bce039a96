using Mend.Site.Core;
using Mend.Site.Strings;

namespace Mend.Site.ApologyChecks;

/// <summary>The apology checker's page at <c>/apology-check/</c>, linked as <c>xref:apology-check</c>.</summary>
public static class ApologyCheckPage
{
    public const string Id = "apology-check";

    public static Page Of(ApologyCheckList checks, InterfaceStrings strings) =>
        new(PageKind.ApologyCheck, strings.Text("apology_title"), strings.Text("apology_description"), $"/{Id}/", "apology-check")
        {
            Id = Id,
            Location = checks.Location,
            Headings = [.. checks.Checks.Select(c => new Heading(AnchorOf(c), c.Title, 4))],
            Model = checks,
        };

    /// <summary>The anchor of a check's item in the page's checklist.</summary>
    public static string AnchorOf(ApologyCheck check) => $"check-{check.Id}";
}
