using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Markdown;
using Mend.Site.Safety;
using Mend.Site.Yaml;

namespace Mend.Site.Guides;

/// <summary>
/// Reads each guide's front matter into a <see cref="Guide"/> and its <see cref="Page"/> at <c>/guides/ID/</c>;
/// the content becomes the Markdown body, with the front matter's lines kept blank so line numbers still match.
/// </summary>
public sealed class ParseGuides : DocumentModule
{
    protected override bool ReusesResults => true;

    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var guide = Read(document, diagnostics, out var body);
        diagnostics.ForEach(context.Report);
        if (guide is null || body is null)
        {
            yield break;
        }

        var page = new Page(PageKind.Guide, guide.Title, guide.Summary, guide.Url, "guide")
        {
            Id = guide.Id,
            Location = guide.IdLocation,
            Tags = guide.Tags,
            Updated = guide.Updated,
            Review = guide.Review,
            QuickExit = guide.QuickExit,
            Door = guide.Door,
            Model = new GuideModel(SupportNote: null),
        };
        // The file's text, so that a link in the front matter's safety note is reported where it is written.
        yield return PageDocument.Create(page, document.Source).WithContent(body).With(guide).With(new YamlText(document.Content))
            .With(SafetyCheckedText.OfGuide(document.Source, body, guide.SafetyNote is not null));
    }

    private static Guide? Read(Document document, List<Diagnostic> diagnostics, out string? body)
    {
        body = null;
        var split = FrontMatter.Split(document.Content);
        if (split is null)
        {
            diagnostics.Add(Diagnostic.Error(ErrorCodes.MissingFrontMatter,
                "a guide starts with front matter between two '---' lines (title and summary are required)", document.Source, 1, 1));
            return null;
        }

        var map = new YamlSource(document.Source, split.YamlLineOffset, diagnostics).LoadMapping(split.Yaml);
        if (map is null)
        {
            return null;
        }

        var title = map.RequiredText("title");
        var summary = map.RequiredText("summary");
        var id = map.OptionalString("id");
        var order = map.OptionalInt("order");
        var tags = map.OptionalStringList("tags") ?? [];
        var updated = map.OptionalDate("updated");
        var quickExit = map.OptionalBool("quick_exit");
        var door = map.OptionalText("door");
        var review = ReviewReader.Read(map);
        var safetyNote = map.OptionalString("safety_note");
        map.RejectUnknownKeys();

        var idValue = id?.Value ?? Path.GetFileNameWithoutExtension(document.Source);
        var idLocation = id?.Location ?? new SourceLocation(document.Source, 1, 1);
        IdentifierChecks.CheckId(new Located<string>(idValue, idLocation), diagnostics,
            id is null ? " (taken from the file name; set 'id:' to choose another)" : "");
        IdentifierChecks.CheckTags(tags, diagnostics);

        if (diagnostics.Any(d => d.IsError) || title is null || summary is null)
        {
            return null;
        }
        body = split.Body;
        return new Guide(idValue, title.Value, summary.Value, order?.Value, [.. tags.Select(t => t.Value)], updated?.Value, idLocation,
            quickExit?.Value ?? idValue == Guide.SafetyId, door?.Value.Trim() ?? "", safetyNote)
        {
            Review = review,
        };
    }
}
