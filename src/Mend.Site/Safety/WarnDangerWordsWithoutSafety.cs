using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Guides;
using Mend.Site.Search;

namespace Mend.Site.Safety;

/// <summary>
/// Warning MEND304 at the first danger word (<see cref="DangerPhrases"/>) of each page of
/// <paramref name="contentPipelines"/> that carries <see cref="SafetyCheckedText"/> but has neither a safety note (its
/// <c>safety_note</c>, or a <c>[!SAFETY]</c> callout in a guide's body) nor a link to the safety guide. The danger words come from the <see cref="SearchSettings"/> among its inputs, which it
/// passes on as they are; the safety guide itself is never warned.
/// </summary>
public sealed class WarnDangerWordsWithoutSafety(params string[] contentPipelines) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var settings = inputs.Select(d => d.TryGet<SearchSettings>(out var s) ? s : null).OfType<SearchSettings>().FirstOrDefault();
        var phrases = settings is null ? [] : DangerPhrases.Of(settings);
        if (phrases.IsEmpty)
        {
            return inputs;
        }
        var pages = contentPipelines.SelectMany(context.OutputsOf).Where(d => d.Has<Page>() && d.Has<SafetyCheckedText>()).ToList();
        var safetyGuide = pages.FirstOrDefault(IsSafetyGuide)?.Source;
        foreach (var page in pages.Where(p => !IsSafetyGuide(p)))
        {
            var text = page.Get<SafetyCheckedText>();
            if (text.HasSafetyNote || HasSafetyCallout(page) || LinksToSafety(page, text, safetyGuide))
            {
                continue;
            }
            var first = text.Fields
                .Select(field => DangerPhrases.FirstIn(field.Value, phrases) is { } found
                    ? (Location: text.Locate(field, found.Word.Line, found.Word.Column), found.Word, found.Phrase)
                    : default((SourceLocation Location, WrittenWord Word, DangerPhrase Phrase)?))
                .OfType<(SourceLocation Location, WrittenWord Word, DangerPhrase Phrase)>()
                .OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column)
                .FirstOrDefault();
            if (first.Location is { } at)
            {
                context.Report(at.Warning(ErrorCodes.DangerWordWithoutSafety,
                    $"'{first.Word.Written}' may mean the reader is not safe (search.yml leads '{first.Phrase.Tokens}' to the safety guide), "
                    + $"and this page has no safety_note and no link to xref:{Guide.SafetyId}"));
            }
        }
        return inputs;
    }

    /// <summary>A guide's own <c>&gt; [!SAFETY]</c> callout in its body is a safety note too.</summary>
    private static bool HasSafetyCallout(Document page) => page.Content.Contains("callout-safety", StringComparison.Ordinal);

    private static bool IsSafetyGuide(Document page) => page.Get<Page>() is { Kind: var kind, Id: Guide.SafetyId } && kind == PageKind.Guide;

    /// <summary>An <c>xref:safety</c> (with or without an anchor) or a relative link to the safety guide's file, or a step.</summary>
    private static bool LinksToSafety(Document page, SafetyCheckedText text, string? safetyGuide)
    {
        var written = page.TryGet<WrittenLinks>(out var links) ? links.Links.Select(l => l.Url) : [];
        return text.Steps.Any(IsSafetyId)
            || written.Any(url => url.StartsWith("xref:", StringComparison.Ordinal)
                ? IsSafetyId(url["xref:".Length..])
                : safetyGuide is not null && IsFile(page.Source, url, safetyGuide));
    }

    private static bool IsSafetyId(string reference) => reference.Split('#', 2)[0] == Guide.SafetyId;

    private static bool IsFile(string source, string url, string file)
    {
        var path = url.Split('#', 2)[0];
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source) ?? "", Uri.UnescapeDataString(path)));
        return string.Equals(full, Path.GetFullPath(file), StringComparison.Ordinal);
    }
}
