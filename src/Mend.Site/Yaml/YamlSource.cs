using Mend.Pipeline;
using Mend.Site.Core;
using YamlDotNet.Core;

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
        var root = YamlLoader.Load(text, this);
        if (root is null)
        {
            return null;
        }
        if (root is YamlScalar { Value: "" })
        {
            diagnostics.Add(new SourceLocation(file, lineOffset + 1, 1).Error(ErrorCodes.EmptyFile, "the file has no content"));
            return null;
        }
        if (root is not YamlMapping mapping)
        {
            Error(root.Start, ErrorCodes.WrongType, "expected a mapping of keys to values");
            return null;
        }
        return new YamlMapReader(mapping, this);
    }
}
