using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Yaml;

namespace Mend.Site.Config;

/// <summary>
/// Reads the <c>safety</c> block of site.yml. Each mistake is reported at the value it is about; the result is then
/// null. Without the block, or without a part of it, the defaults of <see cref="SafetySettings.None"/> apply.
/// </summary>
public static class SafetySettingsReader
{
    public const string AllPages = "all";
    public const string SensitivePages = "sensitive";

    public static SafetySettings? Read(YamlMapReader? safety, ICollection<Diagnostic> diagnostics)
    {
        if (safety is null)
        {
            return SafetySettings.None;
        }
        var before = diagnostics.Count;
        var emergency = safety.OptionalMapList("emergency")?.Select(item => Number(item, diagnostics)).ToList();
        var helplineNote = safety.OptionalText("helpline_note");
        var quickExit = QuickExit(safety.OptionalMap("quick_exit"), diagnostics);
        safety.RejectUnknownKeys();

        if (diagnostics.Count > before || quickExit is null)
        {
            return null;
        }
        return new SafetySettings([.. (emergency ?? []).OfType<EmergencyNumber>()], helplineNote?.Value, quickExit);
    }

    private static EmergencyNumber? Number(YamlMapReader item, ICollection<Diagnostic> diagnostics)
    {
        var region = item.RequiredText("region");
        var number = item.RequiredString("number");
        item.RejectUnknownKeys();
        if (number is not null && !IsPhoneNumber(number.Value))
        {
            diagnostics.Add(number.Location.Error(ErrorCodes.InvalidValue,
                $"emergency number '{OneLine.Of(number.Value)}' must be digits, with spaces, '+' or '-' if you like"));
            return null;
        }
        return region is null || number is null ? null : new EmergencyNumber(region.Value, number.Value);
    }

    private static QuickExitSettings? QuickExit(YamlMapReader? quickExit, ICollection<Diagnostic> diagnostics)
    {
        if (quickExit is null)
        {
            return QuickExitSettings.Default;
        }
        var url = quickExit.OptionalString("url");
        var pages = quickExit.OptionalString("pages");
        quickExit.RejectUnknownKeys();

        var ok = true;
        if (url is not null && !IsAbsoluteHttpUrl(url.Value))
        {
            diagnostics.Add(url.Location.Error(ErrorCodes.InvalidValue,
                $"quick exit URL '{OneLine.Of(url.Value)}' must be an absolute http or https URL without spaces, such as {QuickExitSettings.DefaultUrl}"));
            ok = false;
        }
        if (pages is not null && pages.Value is not (AllPages or SensitivePages))
        {
            diagnostics.Add(pages.Location.Error(ErrorCodes.InvalidValue,
                $"quick exit pages '{OneLine.Of(pages.Value)}' must be '{AllPages}' or '{SensitivePages}'"));
            ok = false;
        }
        return ok ? new QuickExitSettings(url?.Value ?? QuickExitSettings.DefaultUrl, pages?.Value != SensitivePages) : null;
    }

    private static bool IsPhoneNumber(string value) =>
        value.Any(char.IsAsciiDigit) && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-');

    private static bool IsAbsoluteHttpUrl(string value) =>
        !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
