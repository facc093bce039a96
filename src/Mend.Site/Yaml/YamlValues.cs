using YamlDotNet.Core;

namespace Mend.Site.Yaml;

/// <summary>
/// A value of a YAML file, with where it starts. A value that an alias (<c>*name</c>) repeats is seen where the
/// alias is, and so is every value inside it: a value that is right where it is written may be wrong where it is
/// repeated, and that is the place to report.
/// </summary>
public abstract class YamlValue(Mark start)
{
    public Mark Start => start;

    /// <summary>This value as an alias at <paramref name="aliasAt"/> repeats it.</summary>
    public abstract YamlValue RepeatedAt(Mark aliasAt);
}

/// <summary>Text as written. Only an unquoted (plain) scalar can be a number, true/false or null.</summary>
public sealed class YamlScalar(string value, bool isPlain, Mark start) : YamlValue(start)
{
    public string Value => value;

    public bool IsPlain => isPlain;

    public override YamlScalar RepeatedAt(Mark aliasAt) => new(value, isPlain, aliasAt);
}

/// <summary>A list. <paramref name="repeatedAt"/> is the alias that repeats it, if any.</summary>
public sealed class YamlSequence(IReadOnlyList<YamlValue> items, Mark start, Mark? repeatedAt = null)
    : YamlValue(repeatedAt ?? start)
{
    public int Count => items.Count;

    public IEnumerable<YamlValue> Items => repeatedAt is { } alias ? items.Select(item => item.RepeatedAt(alias)) : items;

    public override YamlSequence RepeatedAt(Mark aliasAt) => new(items, start, aliasAt);
}

/// <summary>
/// A mapping of text keys to values, each key written once, in the order written. <paramref name="repeatedAt"/> is
/// the alias that repeats it, if any.
/// </summary>
public sealed class YamlMapping(
    IReadOnlyList<YamlScalar> keys, IReadOnlyDictionary<string, YamlValue> values, Mark start, Mark? repeatedAt = null)
    : YamlValue(repeatedAt ?? start)
{
    public IEnumerable<YamlScalar> Keys => repeatedAt is { } alias ? keys.Select(key => key.RepeatedAt(alias)) : keys;

    public YamlValue? Find(string key) =>
        !values.TryGetValue(key, out var value) ? null
        : repeatedAt is { } alias ? value.RepeatedAt(alias)
        : value;

    public override YamlMapping RepeatedAt(Mark aliasAt) => new(keys, values, start, aliasAt);
}
