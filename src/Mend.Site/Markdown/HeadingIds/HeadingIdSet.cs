namespace Mend.Site.Markdown.HeadingIds;

/// <summary>The ids given on one page; a taken id gets the first free "-1", "-2"... after it, found from the last one given.</summary>
public sealed class HeadingIdSet
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastNumber = new(StringComparer.Ordinal);

    public string Claim(string id)
    {
        if (_taken.Add(id))
        {
            return id;
        }
        // Every number up to the last one given for this id is taken already, and stays taken.
        var number = _lastNumber.GetValueOrDefault(id);
        string numbered;
        do
        {
            numbered = $"{id}-{++number}";
        }
        while (!_taken.Add(numbered));
        _lastNumber[id] = number;
        return numbered;
    }
}
