using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mend.Site.Search;

/// <summary>
/// Writes the index's values as JSON: strings, numbers, lists and string-keyed dictionaries, nothing else. Written
/// here rather than with <see cref="JsonSerializer"/> because the serializer needs reflection (or a generated context
/// per type) for the anonymous and mixed arrays the index is made of, and the published, natively compiled
/// <c>mend</c> has no reflection-based serialization.
/// </summary>
public static class SearchJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The files are only ever loaded by <script src>, never inlined into HTML, so the relaxed encoder is safe:
        // it keeps apostrophes and letters such as é and ’ as they are, which keeps the index small.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static string Serialize(object value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, value);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!);
                    Write(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"The search index has no JSON form for a {value.GetType().Name}.", nameof(value));
        }
    }
}
