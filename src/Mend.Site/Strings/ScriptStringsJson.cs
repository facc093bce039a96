using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mend.Site.Strings;

/// <summary>
/// The scripts' strings (the <c>script</c> group) as one JSON object, which each page carries in a <c>data-strings</c>
/// attribute on <c>&lt;body&gt;</c>: no request and no inline script, so it works from <c>file://</c> under the CSP.
/// Text by count is an object <c>{"one": …, "other": …}</c>, a list an array.
/// </summary>
public static class ScriptStringsJson
{
    // The JSON is written into an attribute, which the template escapes; accents stay as they are.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(InterfaceStrings strings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("lang", strings.Language);
            foreach (var (key, entry) in strings.ScriptStrings().OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                if (entry.Text is { } text)
                {
                    json.WriteString(key, text);
                }
                else if (entry.Items is { } items)
                {
                    json.WriteStartArray(key);
                    foreach (var item in items)
                    {
                        json.WriteStringValue(item);
                    }
                    json.WriteEndArray();
                }
                else if (entry.Other is { } other)
                {
                    json.WriteStartObject(key);
                    json.WriteString("one", entry.One);
                    json.WriteString("other", other);
                    json.WriteEndObject();
                }
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
