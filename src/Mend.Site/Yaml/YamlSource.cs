using Mend.Pipeline;
using Mend.Site.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mend.Site.Yaml;

/// <summary>
/// YAML text from an input file, loaded with its source marks. <paramref name="lineOffset"/> is the number of
/// file lines before the YAML starts (front matter starts after the opening <c>---</c>).
/// </summary>
public sealed class YamlSource(string file, int lineOffset, ICollection<Diagnostic> diagnostics)
{
    public string File => file;

    public ICollection<Diagnostic> Diagnostics => diagnostics;

    public SourceLocation At(Mark mark) => new(file, (int)mark.Line + lineOffset, (int)mark.Column);

    public void Error(Mark mark, string code, string message) => diagnostics.Add(At(mark).Error(code, message));

    /// <summary>Parses the text and returns its top-level mapping, or null after reporting why there is none.</summary>
    public YamlMapReader? LoadMapping(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var message = exception.InnerException?.Message ?? exception.Message;
            Error(exception.Start, ErrorCodes.YamlSyntax, $"invalid YAML: {TrimMarkPrefix(message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some malformed input (an unclosed flow list followed by
            // another key) without a position; the error is still the author's YAML, not ours.
            Error(LastGoodMark(text), ErrorCodes.YamlSyntax,
                "invalid YAML after this point: check for an unclosed [ ] list or { } mapping");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Add(new SourceLocation(file, lineOffset + 1, 1).Error(ErrorCodes.EmptyFile, "the file has no content"));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(stream.Documents[0].RootNode.Start, ErrorCodes.WrongType, "expected a mapping of keys to values");
            return null;
        }
        return new YamlMapReader(root, this);
    }

    private static Mark LastGoodMark(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.Start;
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
        }
        return last;
    }

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the location is printed already.
    private static string TrimMarkPrefix(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && index > 0 ? message[(index + 3)..] : message;
    }
}
