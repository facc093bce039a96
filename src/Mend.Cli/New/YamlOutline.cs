using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mend.Cli.New;

/// <summary>
/// Where each value of a YAML text is, by path (<c>entries/0/id</c>): enough to read a catalog's kind and ids and to
/// find the end of its entries, so that <c>mend new</c> can add to the text without rewriting it. Built from the
/// parser's events with a stack, not by recursion.
/// </summary>
internal sealed class YamlOutline
{
    /// <summary>A value: a scalar (with its text), or a collection, with where it starts and ends in the text.</summary>
    public sealed record Node(string Path, string? Value, bool IsCollection, bool IsFlow, int Start, int StartColumn, int End);

    private readonly List<Node> _nodes = [];

    private YamlOutline()
    {
    }

    public IReadOnlyList<Node> Nodes => _nodes;

    /// <summary>The outline of the first document in <paramref name="text"/>; throws <see cref="YamlException"/> when it is not valid YAML.</summary>
    public static YamlOutline Of(string text)
    {
        var outline = new YamlOutline();
        var open = new Stack<Frame>();
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentEnd:
                    return outline;
                case Scalar scalar when open.TryPeek(out var map) && map.IsMap && map.PendingKey is null:
                    map.PendingKey = scalar.Value;
                    break;
                case Scalar scalar:
                    outline.Add(PathOfNext(open), scalar.Value, scalar, collection: false, flow: false);
                    break;
                case AnchorAlias alias:
                    outline.Add(PathOfNext(open), null, alias, collection: false, flow: false);
                    break;
                case MappingStart start:
                    open.Push(new Frame(PathOfNext(open), IsMap: true, start.Style == MappingStyle.Flow));
                    outline.Add(open.Peek().Path, null, start, collection: true, open.Peek().IsFlow);
                    break;
                case SequenceStart start:
                    open.Push(new Frame(PathOfNext(open), IsMap: false, start.Style == SequenceStyle.Flow));
                    outline.Add(open.Peek().Path, null, start, collection: true, open.Peek().IsFlow);
                    break;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    // A block collection's end mark is where the next token starts (after any comments): only a flow
                    // collection's closing bracket marks where its text ends.
                    if (closed.IsFlow)
                    {
                        outline.Extend(closed.Path, parser.Current.End);
                    }
                    break;
            }
        }
        return outline;
    }

    /// <summary>The text of the scalar at <paramref name="path"/>, or null.</summary>
    public string? ValueAt(string path) => _nodes.FirstOrDefault(n => n.Path == path)?.Value;

    public Node? At(string path) => _nodes.FirstOrDefault(n => n.Path == path);

    /// <summary>The values of the scalars at <c>PREFIX/N/KEY</c> for every item N of the sequence at <paramref name="prefix"/>.</summary>
    public IEnumerable<string> ValuesOfItems(string prefix, string key) =>
        _nodes.Where(n => n.Value is not null && n.Path.StartsWith(prefix + "/", StringComparison.Ordinal)
                && n.Path.EndsWith("/" + key, StringComparison.Ordinal)
                && n.Path.Count(c => c == '/') == prefix.Count(c => c == '/') + 2)
            .Select(n => n.Value!);

    /// <summary>The offset just after the last character of any value under <paramref name="path"/>.</summary>
    public int EndOf(string path) =>
        _nodes.Where(n => n.Path == path || n.Path.StartsWith(path + "/", StringComparison.Ordinal)).Max(n => n.End);

    private void Add(string path, string? value, ParsingEvent parsed, bool collection, bool flow) =>
        _nodes.Add(new Node(path, value, collection, flow, Offset(parsed.Start), (int)parsed.Start.Column - 1,
            collection ? Offset(parsed.Start) : Offset(parsed.End)));

    private void Extend(string path, Mark end)
    {
        var index = _nodes.FindLastIndex(n => n.Path == path);
        _nodes[index] = _nodes[index] with { End = Offset(end) };
    }

    private static int Offset(Mark mark) => checked((int)mark.Index);

    /// <summary>The path of the value that comes next in the innermost open collection; counts it.</summary>
    private static string PathOfNext(Stack<Frame> open)
    {
        if (!open.TryPeek(out var parent))
        {
            return "";
        }
        string step;
        if (parent.IsMap)
        {
            step = parent.PendingKey ?? "";
            parent.PendingKey = null;
        }
        else
        {
            step = parent.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parent.Count++;
        }
        return parent.Path.Length == 0 ? step : parent.Path + "/" + step;
    }

    private sealed record Frame(string Path, bool IsMap, bool IsFlow)
    {
        public string? PendingKey { get; set; }

        public int Count { get; set; }
    }
}
