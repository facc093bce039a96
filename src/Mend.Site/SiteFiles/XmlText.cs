using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Mend.Site.SiteFiles;

/// <summary>
/// Writes an XML document as text the same way every build: UTF-8 without a byte order mark, two-space
/// indents, <c>\n</c> line ends and a final newline. The writer escapes every value.
/// </summary>
public static class XmlText
{
    public static string Of(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
