using Mend.Pipeline.IO;
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
            if (IndentingTab(text, yaml, lastGood) is { } tab)
            {
                source.Error(tab, ErrorCodes.YamlSyntax, "invalid YAML: this line is indented with a tab; indent with spaces only");
                return;
            }
            var message = yaml.InnerException?.Message ?? yaml.Message;
            source.Error(yaml.Start, ErrorCodes.YamlSyntax, $"invalid YAML: {TrimMarkPrefix(message)}");
            return;
        }

        // YamlDotNet's parser refuses a tag it cannot read (!!b]inary) with an ArgumentException and no position: the
        // tag is the first '!' after the last event read.
        if (exception is ArgumentException && text.IndexOf('!', (int)(lastGood?.End.Index ?? 0)) is var bang and >= 0)
        {
            source.Error(MarkAt(text, bang), ErrorCodes.YamlSyntax,
                "invalid YAML: this is not a tag YAML can read (a tag starts with '!'); put the value in quotes if it is text");
            return;
        }

        // YamlDotNet's scanner can fail this way on some malformed input (an unclosed flow list followed by
        // another key) without a position; the error is still the author's YAML, not ours.
        source.Error(lastGood?.Start ?? Mark.Empty, ErrorCodes.YamlSyntax,
            "invalid YAML after this point: check for an unclosed [ ] list or { } mapping");
    }

    /// <summary>
    /// The tab the parser failed on, if it failed on one indenting a line. It gives that tab as the end of the
    /// error (a tab after a plain value, whose start is on the line before) or no position at all (a tab before a key
    /// or list item): then it is the first tab indenting a line after the last event read.
    /// </summary>
    private static Mark? IndentingTab(string text, YamlException exception, ParsingEvent? lastGood)
    {
        var end = (int)exception.End.Index;
        if (end < text.Length && text[end] == '\t' && !text.AsSpan(LineStart(text, end)..end).ContainsAnyExcept(' ', '\t'))
        {
            return exception.End;
        }
        return exception.Start.Equals(Mark.Empty) && FirstIndentingTab(text, (int)(lastGood?.End.Index ?? 0)) is { } index
            ? MarkAt(text, index)
            : null;
    }

    private static int? FirstIndentingTab(string text, int from)
    {
        var index = LineStart(text, from);
        while (true)
        {
            while (index < text.Length && text[index] == ' ')
            {
                index++;
            }
            if (index < text.Length && text[index] == '\t' && index >= from)
            {
                return index;
            }
            var lineEnd = text.IndexOf('\n', index);
            if (lineEnd < 0)
            {
                return null;
            }
            index = lineEnd + 1;
        }
    }

    private static int LineStart(string text, int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    private static Mark MarkAt(string text, int index)
    {
        var (line, column) = TextPositions.Of(text, index);
        return new Mark(index, line, column);
    }

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the location is printed already.
    private static string TrimMarkPrefix(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && index > 0 ? message[(index + 3)..] : message;
    }
}
