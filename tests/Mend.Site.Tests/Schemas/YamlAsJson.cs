using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Mend.Site.Tests.Schemas;

/// <summary>
/// Turns YAML text into the JSON a schema validates, reading each scalar as Mend's readers do: only an unquoted
/// (plain) scalar can be null (empty, ~ or null), true, false or a number; anything else, dates included, is text.
/// </summary>
public static partial class YamlAsJson
{
    /// <summary>More values than any real file has: an alias bomb is refused instead of being expanded.</summary>
    private const int MostValues = 100_000;

    /// <summary>The JSON of the text's one document (null for an empty text), or null and why when YAML cannot read it.</summary>
    public static (JsonNode? Json, string? Problem) Convert(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                return (null, null);
            }
            if (stream.Documents.Count > 1)
            {
                return (null, "more than one YAML document");
            }
            var values = 0;
            return (ToJson(stream.Documents[0].RootNode, ref values), null);
        }
        catch (Exception exception) when (exception is YamlDotNet.Core.YamlException or InvalidDataException or ArgumentException)
        {
            return (null, exception.Message);
        }
    }

    private static JsonNode? ToJson(YamlNode node, ref int values)
    {
        if (++values > MostValues)
        {
            throw new InvalidDataException($"more than {MostValues} values");
        }
        switch (node)
        {
            case YamlScalarNode scalar:
                return Scalar(scalar);
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(ToJson(item, ref values));
                }
                return array;
            case YamlMappingNode mapping:
                var json = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        throw new InvalidDataException($"a key that is not text, at {key.Start}");
                    }
                    json[name] = ToJson(value, ref values);
                }
                return json;
            default:
                throw new InvalidDataException($"an unknown kind of YAML value at {node.Start}");
        }
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }
        return text switch
        {
            "" or "~" or "null" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when Number().IsMatch(text)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && double.IsFinite(number) => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
