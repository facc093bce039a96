using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Checks;

/// <summary>
/// Where the addresses of a finished page were written in its source, from the page's <see cref="WrittenLinks"/>:
/// the first time an address is asked for, its first place; the second time, its second; an address the theme wrote
/// has none. Addresses are compared as a browser follows them, so one the Markdown renderer percent-encoded still
/// matches what the author wrote.
/// </summary>
public sealed class WhereWritten
{
    private readonly Dictionary<string, Queue<SourceLocation>> _places = new(StringComparer.Ordinal);

    public WhereWritten(Document page)
    {
        foreach (var link in page.TryGet<WrittenLinks>(out var written) ? written.Links : [])
        {
            var key = Key(link.Url);
            if (!_places.TryGetValue(key, out var places))
            {
                _places[key] = places = new Queue<SourceLocation>();
            }
            places.Enqueue(link.At);
        }
    }

    public SourceLocation? Next(string href) => _places.TryGetValue(Key(href), out var places) && places.TryDequeue(out var at) ? at : null;

    private static string Key(string url) => Uri.UnescapeDataString(url.Trim());
}
