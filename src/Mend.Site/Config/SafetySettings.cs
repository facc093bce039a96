namespace Mend.Site.Config;

/// <summary>An emergency number and the region it serves, both shown as written in site.yml.</summary>
public sealed record EmergencyNumber(string Region, string Number);

/// <summary>
/// Where the quick exit goes, and whether it is on every page (<see cref="OnEveryPage"/>) or only on the sensitive
/// ones: the safety guide, the self-assessments and the guides with <c>quick_exit: true</c>.
/// </summary>
public sealed record QuickExitSettings(string Url, bool OnEveryPage)
{
    /// <summary>A weather forecast: a page anyone might be reading, that says nothing about this site.</summary>
    public const string DefaultUrl = "https://www.bbc.co.uk/weather";

    public static readonly QuickExitSettings Default = new(DefaultUrl, OnEveryPage: true);
}

/// <summary>
/// The <c>safety</c> block of site.yml: the emergency numbers and the helpline note, shown in every page's footer and
/// in the support box on the safety guide, and the quick exit. <see cref="None"/> is a site without the block.
/// </summary>
public sealed record SafetySettings(IReadOnlyList<EmergencyNumber> Emergency, string? HelplineNote, QuickExitSettings QuickExit)
{
    public static readonly SafetySettings None = new([], null, QuickExitSettings.Default);

    /// <summary>Whether there is anything to tell a reader in danger: a number or the helpline note.</summary>
    public bool HasContacts => Emergency.Count > 0 || HelplineNote is not null;
}
