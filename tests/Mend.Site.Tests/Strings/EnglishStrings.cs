using Mend.Pipeline;
using Mend.Site.Strings;
using Mend.Site.Templates;

namespace Mend.Site.Tests.Strings;

/// <summary>The default theme's English strings, for tests of modules that write interface text.</summary>
public static class EnglishStrings
{
    private static readonly Lazy<InterfaceStrings> Strings = new(() =>
    {
        var problems = new List<Diagnostic>();
        return InterfaceStringsReader.Read([new ThemeFiles("no-input", Path.Join(Repo.Themes, "default"))], "en", null, problems)
            ?? throw new InvalidOperationException(string.Join('\n', problems));
    });

    public static InterfaceStrings Value => Strings.Value;
}
