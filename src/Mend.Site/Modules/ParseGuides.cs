using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Content;
using Mend.Site.Yaml;

namespace Mend.Site.Modules;

/// <summary>Reads each guide's front matter into a <see cref="Guide"/> and leaves the Markdown body as content.</summary>
public sealed class ParseGuides : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var outputs = new List<Document>();
        foreach (var document in inputs)
        {
            var diagnostics = new List<Diagnostic>();
            var guide = Read(document, diagnostics, out var body);
            diagnostics.ForEach(context.Report);
            if (guide is not null && body is not null)
            {
                outputs.Add(document.WithContent(body)
                    .WithMetadata(Keys.Guide, guide)
                    .WithMetadata(Keys.Title, guide.Title)
                    .WithMetadata(Keys.Description, guide.Summary)
                    .WithMetadata(Keys.Layout, "guide")
                    .WithMetadata(Keys.Kind, "guide")
                    .WithMetadata(Keys.Tags, guide.Tags)
                    .WithMetadata(Keys.Series, "guides")
                    .WithMetadata(Keys.QuickExit, guide.QuickExit)
                    with { Destination = PageUrls.DestinationOf(guide.Url) });
            }
        }
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
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

        var title = map.RequiredString("title");
        var summary = map.RequiredString("summary");
        var id = map.OptionalString("id");
        var order = map.OptionalInt("order");
        var tags = map.OptionalStringList("tags") ?? [];
        var updated = map.OptionalDate("updated");
        var quickExit = map.OptionalBool("quick_exit");
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
            quickExit?.Value ?? idValue == Guide.SafetyId);
    }
}
