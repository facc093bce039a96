using Mend.Site.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mend.Site.Yaml;

/// <summary>Reports the parser's failure on a YAML text as an error at the place the author needs to look.</summary>
internal static class YamlSyntaxErrors
{
    public static void Report(YamlSource source, string text, Exception exception, ParsingEvent? lastGood)
    {
        if (exception is YamlException yaml)
        {
            var message = yaml.InnerException?.Message ?? yaml.Message;
            source.Error(yaml.Start, ErrorCodes.YamlSyntax, $"invalid YAML: {TrimMarkPrefix(message)}");
            return;
        }

        // YamlDotNet's scanner can fail this way on some malformed input (an unclosed flow list followed by
        // another key) without a position; the error is still the author's YAML, not ours.
        source.Error(lastGood?.Start ?? Mark.Empty, ErrorCodes.YamlSyntax,
            "invalid YAML after this point: check for an unclosed [ ] list or { } mapping");
    }

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the location is printed already.
    private static string TrimMarkPrefix(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && index > 0 ? message[(index + 3)..] : message;
    }
}
