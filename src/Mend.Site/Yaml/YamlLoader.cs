using System.Globalization;
using Mend.Pipeline.IO;
using Mend.Site.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mend.Site.Yaml;

/// <summary>
/// Builds the values of a YAML text from the parser's events, one event at a time: no recursion, so no input can
/// run the stack out. Lists and mappings nest at most <see cref="Limits.YamlNesting"/> deep, and a text holds at most
/// <see cref="Limits.YamlValues"/> values, both counting what aliases repeat; keys must be text, written once per
/// mapping, and a text holds one document. Reports the first problem and gives null; a text with no document gives
/// an empty scalar.
/// </summary>
internal sealed class YamlLoader(YamlSource source)
{
    private readonly Stack<Collection> _open = new();
    private readonly Dictionary<string, Named> _anchors = new(StringComparer.Ordinal);
    private YamlValue? _root;

    /// <summary>How many values the text holds so far, each alias counted as all the values it repeats.</summary>
    private long _values;

    public static YamlValue? Load(string text, YamlSource source) => new YamlLoader(source).Read(text);

    private YamlValue? Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        ParsingEvent? lastGood = null;
        try
        {
            while (parser.MoveNext())
            {
                if (!Take(parser.Current!))
                {
                    return null;
                }
                lastGood = parser.Current;
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            YamlSyntaxErrors.Report(source, text, exception, lastGood);
            return null;
        }
        return _root ?? new YamlScalar("", isPlain: true, Mark.Empty);
    }

    private bool Take(ParsingEvent current) => current switch
    {
        Scalar scalar => Count(1, scalar.Start) && IsPublishable(scalar)
            && Add(new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, scalar.Start), scalar.Anchor, depth: 0, values: 1),
        AnchorAlias alias => Repeat(alias),
        SequenceStart start => Open(new Collection(start.Start, start.Anchor, isMapping: false, _values)),
        MappingStart start => Open(new Collection(start.Start, start.Anchor, isMapping: true, _values)),
        SequenceEnd or MappingEnd => Close(),
        DocumentStart document when _root is not null => SecondDocument(document),
        _ => true,
    };

    /// <summary>Whether a scalar's text, escapes decoded, holds no control character; reports the one it holds.</summary>
    private bool IsPublishable(Scalar scalar)
    {
        var index = SourceText.IndexOfUnpublishable(scalar.Value);
        if (index < 0)
        {
            return true;
        }
        source.Error(scalar.Start, ErrorCodes.InvalidEncoding, string.Create(CultureInfo.InvariantCulture,
            $"this value holds the control character U+{(int)scalar.Value[index]:X4} (written as an escape), which cannot be published; remove it"));
        return false;
    }

    private bool Open(Collection collection)
    {
        if (_open.Count >= Limits.YamlNesting)
        {
            source.Error(collection.Start, ErrorCodes.LimitExceeded,
                $"lists and mappings may nest at most {Limits.YamlNesting} deep, and this one is deeper; use fewer levels");
            return false;
        }
        _open.Push(collection);
        return Count(1, collection.Start);
    }

    private bool Close()
    {
        var collection = _open.Pop();
        return Add(collection.ToValue(), collection.Anchor, collection.Depth + 1, _values - collection.ValuesBefore);
    }

    private bool SecondDocument(DocumentStart document)
    {
        source.Error(document.Start, ErrorCodes.YamlSyntax,
            "invalid YAML: a second document starts here, but a file holds only one; remove the '---' or '...' line before it");
        return false;
    }

    private bool Repeat(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var named))
        {
            source.Error(alias.Start, ErrorCodes.YamlSyntax, _open.Any(c => !c.Anchor.IsEmpty && c.Anchor.Value == name)
                ? $"invalid YAML: '*{name}' is inside the value named '&{name}', so it cannot repeat it"
                : $"invalid YAML: '*{name}' repeats the value named '&{name}', but no value above has that name");
            return false;
        }
        if (_open.Count + named.Depth > Limits.YamlNesting)
        {
            source.Error(alias.Start, ErrorCodes.LimitExceeded,
                $"'*{name}' repeats lists and mappings that here nest more than {Limits.YamlNesting} deep; use fewer levels");
            return false;
        }
        return Count(named.Values, alias.Start, name)
            && Add(named.Value.RepeatedAt(alias.Start), AnchorName.Empty, named.Depth, named.Values);
    }

    /// <summary>
    /// Counts values as they come, an alias as every value it repeats, so that no alias is let through that would
    /// make the readers go over a great many values.
    /// </summary>
    private bool Count(long values, Mark at, string? alias = null)
    {
        _values += values;
        if (_values <= Limits.YamlValues)
        {
            return true;
        }
        var limit = Limits.YamlValues.ToString("N0", CultureInfo.InvariantCulture);
        source.Error(at, ErrorCodes.LimitExceeded, alias is null
            ? $"this file holds more than {limit} values; split it into smaller files"
            : $"'*{alias}' repeats so many values that this file would hold more than {limit}; repeat less with aliases");
        return false;
    }

    /// <summary>
    /// Puts a finished value in the list or mapping it belongs to, and remembers it under its anchor.
    /// <paramref name="depth"/> is how deep lists and mappings nest in it (0 for text), <paramref name="values"/> how
    /// many values it holds, itself included.
    /// </summary>
    private bool Add(YamlValue value, AnchorName anchor, int depth, long values)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = new Named(value, depth, values);
        }
        if (!_open.TryPeek(out var parent))
        {
            _root = value;
            return true;
        }
        if (parent.ExpectsKey && !IsNewKey(value, parent.Keys!))
        {
            return false;
        }
        parent.Add(value, depth);
        return true;
    }

    /// <summary>Whether a mapping's next key is text that is not one of its keys yet; reports why not.</summary>
    private bool IsNewKey(YamlValue value, Dictionary<string, YamlScalar> keys)
    {
        if (value is not YamlScalar key)
        {
            source.Error(value.Start, ErrorCodes.WrongType, "a key must be a word or text, not a list or mapping");
            return false;
        }
        if (keys.TryGetValue(key.Value, out var first))
        {
            source.Error(key.Start, ErrorCodes.YamlSyntax,
                $"invalid YAML: the key '{key.Value}' is already used at line {source.At(first.Start).Line}; write each key once");
            return false;
        }
        return true;
    }

    /// <summary>A value under an anchor (<c>&amp;name</c>), for the aliases that repeat it.</summary>
    private sealed record Named(YamlValue Value, int Depth, long Values);

    /// <summary>A list or mapping whose end is still to come.</summary>
    private sealed class Collection(Mark start, AnchorName anchor, bool isMapping, long valuesBefore)
    {
        private readonly List<YamlValue> _items = [];

        public Mark Start => start;

        public AnchorName Anchor => anchor;

        /// <summary>How many values the text held before this one started.</summary>
        public long ValuesBefore => valuesBefore;

        /// <summary>How deep lists and mappings nest in its items so far.</summary>
        public int Depth { get; private set; }

        /// <summary>The keys of a mapping so far; null for a list.</summary>
        public Dictionary<string, YamlScalar>? Keys { get; } = isMapping ? new(StringComparer.Ordinal) : null;

        public bool ExpectsKey => isMapping && _items.Count % 2 == 0;

        public void Add(YamlValue value, int depth)
        {
            Depth = Math.Max(Depth, depth);
            if (ExpectsKey && value is YamlScalar key)
            {
                Keys!.Add(key.Value, key);
            }
            _items.Add(value);
        }

        public YamlValue ToValue()
        {
            if (!isMapping)
            {
                return new YamlSequence(_items, start);
            }
            var keys = new List<YamlScalar>();
            var values = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
            for (var index = 0; index < _items.Count; index += 2)
            {
                var key = (YamlScalar)_items[index];
                keys.Add(key);
                // The parser can end a mapping after a key with no value (a lone ':' at the end of the text).
                values.Add(key.Value, index + 1 < _items.Count ? _items[index + 1] : new YamlScalar("", isPlain: true, key.Start));
            }
            return new YamlMapping(keys, values, start);
        }
    }
}
